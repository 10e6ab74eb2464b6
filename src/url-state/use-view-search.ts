import { useCallback, useLayoutEffect, useMemo, useRef } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { GLOBAL_SEARCH, parseSearch, serializeSearch, type SearchSchema, type SearchValues } from "./search-schema.ts";

type Patch<S extends SearchSchema> = Partial<SearchValues<S>> | ((current: SearchValues<S>) => Partial<SearchValues<S>>);
type Update<S extends SearchSchema> = (patch: Patch<S>, options?: { typing?: boolean }) => void;

/**
 * The one way a view reads and writes its state in the URL. A discrete choice pushes a history
 * entry, so Back undoes it. Typing (`typing: true`) makes one entry per search, not one per key: the
 * first keystroke pushes, the rest replace, so Back returns to the view as it was before the search.
 *
 * `update` is the same function for the life of the view, and reads the URL as it is when called: a
 * memoised part of a view (the matrix, the cast) can hold it without redrawing on every keystroke.
 */
export function useViewSearch<S extends SearchSchema>(schema: S) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const full = useMemo(() => ({ ...GLOBAL_SEARCH, ...schema }), [schema]);
  const { values, ignored } = useMemo(() => parseSearch(full, params), [full, params]);
  const latest = useRef(values);
  useLayoutEffect(() => {
    latest.current = values;
  }, [values]);

  const update: Update<typeof full> = useCallback(
    (patch, options) => {
      const current = latest.current;
      const changes = typeof patch === "function" ? patch(current) : patch;
      // Mid-search when a field being typed in already holds something (is not at its default).
      const midSearch = Object.keys(changes).some((name) => full[name]?.serialize(current[name]) !== "");
      void navigate({ search: `?${serializeSearch(full, { ...current, ...changes })}` }, { replace: Boolean(options?.typing) && midSearch, preventScrollReset: true });
    },
    [full, navigate],
  );

  return { values, ignored, update };
}
