import { useCallback } from "react";
import { useGo, useKeptQuery } from "./kept-query.tsx";
import { GLOBAL_SEARCH, type GlobalValues as Global } from "./search-schema.ts";

/**
 * One global parameter (present, progress) read from the URL and set there from anywhere, the header
 * included, keeping every other parameter of the view. Setting pushes a history entry unless told to replace.
 * Components that use it redraw only when a global parameter changes (kept-query.tsx).
 */
export function useGlobalParam<K extends keyof Global>(
  name: K,
): [Global[K], (value: Global[K], options?: { replace?: boolean }) => void] {
  const { go, search } = useGo();
  const field = GLOBAL_SEARCH[name];
  const value = field.parse(new URLSearchParams(useKeptQuery()).get(name) ?? "").value;
  const set = useCallback(
    (next: Global[K], options?: { replace?: boolean }) => {
      const updated = new URLSearchParams(search());
      const text = field.serialize(next);
      if (text) updated.set(name, text);
      else updated.delete(name);
      const query = updated.toString();
      go({ search: query ? `?${query}` : "" }, { preventScrollReset: true, replace: Boolean(options?.replace) });
    },
    [field, name, go, search],
  );
  return [value, set];
}
