import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { GLOBAL_SEARCH, parseSearch, serializeSearch, type SearchSchema, type SearchValues } from "./search-schema.ts";

type Update<S extends SearchSchema> = (patch: Partial<SearchValues<S>>, options?: { replace?: boolean }) => void;

/**
 * The one way a view reads and writes its state in the URL. Typing should pass `replace: true`
 * (one history entry per search, not per key); a discrete choice pushes, so Back undoes it.
 */
export function useViewSearch<S extends SearchSchema>(schema: S) {
  const [params, setParams] = useSearchParams();
  const full = useMemo(() => ({ ...GLOBAL_SEARCH, ...schema }), [schema]);
  const { values, ignored } = useMemo(() => parseSearch(full, params), [full, params]);

  const update: Update<typeof full> = useCallback(
    (patch, options) =>
      setParams((current) => serializeSearch(full, { ...parseSearch(full, current).values, ...patch }), {
        replace: options?.replace ?? false,
        preventScrollReset: true,
      }),
    [full, setParams],
  );

  return { values, ignored, update };
}
