import { Suspense, useEffect } from "react";
import { matchRoutes, useLocation, useRoutes } from "react-router";
import { LoadingMessage } from "../ui/loading-message.tsx";
import { BASENAME } from "../url-state/kept-query.tsx";
import { ContentNoteGate, preloadGated } from "./content-note-gate.tsx";
import { lazyWithPreload } from "./lazy-with-preload.ts";
import { ViewErrorBoundary } from "./view-error-boundary.tsx";

/** Every view, by path; `gated`: it tells what happens in the stories, behind the content note. */
const VIEWS = [
  { path: "/", view: lazyWithPreload(() => import("../views/overview/overview-view.tsx")) },
  { path: "works/:workId", view: lazyWithPreload(() => import("../views/works/work-view.tsx")), gated: true },
  { path: "sources", view: lazyWithPreload(() => import("../views/sources/sources-view.tsx")) },
  { path: "search", view: lazyWithPreload(() => import("../views/search/search-view.tsx")), gated: true },
  { path: "compare", view: lazyWithPreload(() => import("../views/compare/compare-view.tsx")), gated: true },
  { path: "differences", view: lazyWithPreload(() => import("../views/differences/differences-view.tsx")), gated: true },
  { path: "cast", view: lazyWithPreload(() => import("../views/cast/cast-view.tsx")) },
  { path: "timeline", view: lazyWithPreload(() => import("../views/timeline/timeline-view.tsx")) },
  { path: "characters/:characterId", view: lazyWithPreload(() => import("../views/characters/character-view.tsx")), gated: true },
  { path: "*", view: lazyWithPreload(() => import("../views/not-found/not-found-view.tsx")) },
];
// Each route also says what its address draws first, for preloadRoute.
const ROUTES = VIEWS.map(({ path, view: View, gated }) => ({
  path,
  element: gated ? <ContentNoteGate><View /></ContentNoteGate> : <View />,
  preload: (search: string) => (gated ? preloadGated(search, View) : View.preload()),
}));

/**
 * Loads the code an address draws first (its view, or the content note in front of it), so that the
 * first render shows it at once instead of "Loading…".
 */
export const preloadRoute = ({ pathname, search }: { pathname: string; search: string }): Promise<unknown> =>
  matchRoutes(ROUTES, pathname, BASENAME)?.[0]?.route.preload(search) ?? Promise.resolve();

/**
 * Once the view has hydrated, turns on the controls the build drew disabled (page-heads.ts): before
 * then, React would drop a click or a keystroke on them. Nothing lazy inside a view may have a Suspense
 * boundary of its own, or its controls would be turned on before it is taken over.
 */
function Live() {
  // The mark stays: React disables none of these controls itself, so running again after a move is harmless.
  useEffect(() => document.querySelectorAll("[data-wait]").forEach((control) => control.removeAttribute("disabled")), []);
  return null;
}

/** The routes table: the only place that knows every view, and which of them tell the stories (behind the content note). */
export function AppRoutes() {
  const { pathname } = useLocation();
  const view = useRoutes(ROUTES);
  return (
    <ViewErrorBoundary key={pathname}>
      <Suspense fallback={<LoadingMessage />}>
        <Live />
        {view}
      </Suspense>
    </ViewErrorBoundary>
  );
}
