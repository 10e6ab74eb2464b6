import { useCallback, useMemo } from "react";
import { useLocation } from "react-router";
import { useGo } from "./kept-query.tsx";
import { routeSearch, type RouteName } from "./routes.ts";
import { parseSearch, serializeSearch, type SearchSchema, type SearchValues } from "./search-schema.ts";

type Patch<S extends SearchSchema> =
  Partial<SearchValues<S>> | ((current: SearchValues<S>) => Partial<SearchValues<S>>);
type Update<S extends SearchSchema> = (patch: Patch<S>, options?: { typing?: boolean }) => void;

/**
 * The one way a view reads and writes its state in the URL: its route's parameters (routes.ts). A discrete choice pushes a history
 * entry, so Back undoes it. Typing (`typing: true`) makes one entry per search, not one per key: the
 * first keystroke pushes, the rest replace, so Back returns to the view as it was before the search.
 *
 * `update` is the same function for the life of the view, and reads the URL as it is when called: a
 * memoised part of a view (the matrix, the cast) can hold it without redrawing on every keystroke.
 */
export function useViewSearch<N extends RouteName>(route: N) {
  const { search } = useLocation();
  const { go, search: current } = useGo();
  const full = useMemo(() => routeSearch(route), [route]);
  const { values, ignored } = useMemo(() => parseSearch(full, new URLSearchParams(search)), [full, search]);

  const update: Update<typeof full> = useCallback(
    (patch, options) => {
      const now = parseSearch(full, new URLSearchParams(current())).values;
      const changes = typeof patch === "function" ? patch(now) : patch;
      // Mid-search when a field being typed in already holds something (is not at its default).
      const midSearch = Object.keys(changes).some((name) => full[name]?.serialize(now[name]) !== "");
      go(
        { search: `?${serializeSearch(full, { ...now, ...changes })}` },
        { replace: Boolean(options?.typing) && midSearch, preventScrollReset: true },
      );
    },
    [full, go, current],
  );

  return { values, ignored, update };
}
