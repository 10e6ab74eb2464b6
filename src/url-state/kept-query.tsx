import { createContext, use, useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import { keptQuery } from "./search-schema.ts";

/** The router's base: the path the app is served under, without its trailing slash ("/" at the root). */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, "") || "/";

type Go = (
  to: { pathname?: string; search?: string; hash?: string } | string,
  options?: { replace?: boolean; preventScrollReset?: boolean },
) => void;

/**
 * The global parameters (names, progress, present, notes) as a query string, "" when none is set.
 * A string, so the components that read it (every name, every cell past the spoiler guard, every link)
 * redraw only when one of these changes, not on every keystroke in a filter.
 */
const KeptQuery = createContext("");
/** Navigation that is the same function for the life of the app, reading the address when called. */
const GoContext = createContext<{ go: Go; search: () => string } | null>(null);

/** Provides the global parameters and navigation to everything inside the router. */
export function KeptQueryProvider({ children }: { children: ReactNode }) {
  const { search } = useLocation();
  const navigate = useNavigate();
  const kept = useMemo(() => keptQuery(search), [search]);
  const latest = useRef({ search, navigate });
  useLayoutEffect(() => {
    latest.current = { search, navigate };
  }, [search, navigate]);
  const go: Go = useCallback((to, options) => void latest.current.navigate(to, options), []);
  const navigation = useMemo(() => ({ go, search: () => latest.current.search }), [go]);
  return (
    <GoContext value={navigation}>
      <KeptQuery value={kept}>{children}</KeptQuery>
    </GoContext>
  );
}

/** The current global parameters as a query string ("?names=hangul"), or "". */
export const useKeptQuery = () => use(KeptQuery);

/** Stable navigation and the address's current query, for links and setters that must not redraw on every change of the URL. */
export function useGo() {
  const navigation = use(GoContext);
  if (!navigation) throw new Error("useGo needs a KeptQueryProvider inside the router");
  return navigation;
}
