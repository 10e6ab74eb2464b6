import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { GLOBAL_SEARCH, type SearchValues } from "./search-schema.ts";

type Global = SearchValues<typeof GLOBAL_SEARCH>;

/**
 * One global parameter (present, progress) read from the URL and set there from anywhere, the header
 * included, keeping every other parameter of the view. Setting pushes a history entry unless told to replace.
 */
export function useGlobalParam<K extends keyof Global>(name: K): [Global[K], (value: Global[K], options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const field = GLOBAL_SEARCH[name];
  const value = field.parse(params.get(name) ?? "").value as Global[K];
  const set = useCallback(
    (next: Global[K], options?: { replace?: boolean }) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          const text = (field.serialize as (v: Global[K]) => string)(next);
          if (text) updated.set(name, text);
          else updated.delete(name);
          return updated;
        },
        { preventScrollReset: true, replace: Boolean(options?.replace) },
      ),
    [field, name, setParams],
  );
  return [value, set];
}
