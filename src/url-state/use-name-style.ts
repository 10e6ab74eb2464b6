import { useSearchParams } from "react-router";
import { GLOBAL_SEARCH } from "./search-schema.ts";

/** How names are written on every view: `names=romanized|hangul|both` (romanised by default). */
export function useNameStyle() {
  const [params] = useSearchParams();
  const raw = params.get("names");
  return raw === null ? GLOBAL_SEARCH.names.defaultValue : GLOBAL_SEARCH.names.parse(raw).value;
}
