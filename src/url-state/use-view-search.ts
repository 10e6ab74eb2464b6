import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { GLOBAL_SEARCH, parseSearch, serializeSearch, type SearchSchema, type SearchValues } from "./search-schema.ts";

type Update<S extends SearchSchema> = (patch: Partial<SearchValues<S>>, options?: { typing?: boolean }) => void;

/**
 * The one way a view reads and writes its state in the URL. A discrete choice pushes a history
 * entry, so Back undoes it. Typing (`typing: true`) makes one entry per search, not one per key: the
 * first keystroke pushes, the rest replace, so Back returns to the view as it was before the search.
 */
export function useViewSearch<S extends SearchSchema>(schema: S) {
  const [params, setParams] = useSearchParams();
  const full = useMemo(() => ({ ...GLOBAL_SEARCH, ...schema }), [schema]);
  const { values, ignored } = useMemo(() => parseSearch(full, params), [full, params]);

  const update: Update<typeof full> = useCallback(
    (patch, options) => {
      const current = parseSearch(full, params).values;
      // Mid-search when a field being typed in already holds something (is not at its default).
      const midSearch = Object.keys(patch).some((name) => full[name]?.serialize(current[name]) !== "");
      setParams(serializeSearch(full, { ...current, ...patch }), { replace: Boolean(options?.typing) && midSearch, preventScrollReset: true });
    },
    [full, params, setParams],
  );

  return { values, ignored, update };
}
