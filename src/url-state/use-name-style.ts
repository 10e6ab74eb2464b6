import { useKeptQuery } from "./kept-query.tsx";
import { GLOBAL_SEARCH } from "./search-schema.ts";

/** How names are written on every view: `names=romanized|hangul|both` (romanised by default). */
export function useNameStyle() {
  const raw = new URLSearchParams(useKeptQuery()).get("names");
  return raw === null ? GLOBAL_SEARCH.names.defaultValue : GLOBAL_SEARCH.names.parse(raw).value;
}
