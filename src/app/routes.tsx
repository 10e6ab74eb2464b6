import type { QueryClient } from "@tanstack/react-query";
import { Suspense, useEffect, useRef } from "react";
import { matchRoutes, NavigationType, useLocation, useNavigationType, useRoutes } from "react-router";
import { dataFileQuery } from "../data/queries.ts";
import { LoadingMessage } from "../ui/loading-message.tsx";
import { focusIsFree } from "../ui/focus-is-free.ts";
import { BASENAME } from "../url-state/kept-query.tsx";
import { preloadWithNote, WithContentNote } from "./content-note.tsx";
import { lazyWithPreload } from "./lazy-with-preload.ts";
import { OWN_FILES } from "./own-files.ts";
import { ViewErrorBoundary } from "./view-error-boundary.tsx";
import { ROUTE_NAMES, ROUTES, type Route, type RouteName } from "../url-state/routes.ts";

/** Each route's view (routes.ts says its path, and whether it tells the stories or makes a lesson). */
const VIEWS: Record<RouteName, ReturnType<typeof lazyWithPreload>> = {
  overview: lazyWithPreload(() => import("../views/overview/overview-view.tsx")),
  work: lazyWithPreload(() => import("../views/works/work-view.tsx")),
  sources: lazyWithPreload(() => import("../views/sources/sources-view.tsx")),
  search: lazyWithPreload(() => import("../views/search/search-view.tsx")),
  compare: lazyWithPreload(() => import("../views/compare/compare-view.tsx")),
  differences: lazyWithPreload(() => import("../views/differences/differences-view.tsx")),
  cast: lazyWithPreload(() => import("../views/cast/cast-view.tsx")),
  timeline: lazyWithPreload(() => import("../views/timeline/timeline-view.tsx")),
  character: lazyWithPreload(() => import("../views/characters/character-view.tsx")),
  notFound: lazyWithPreload(() => import("../views/not-found/not-found-view.tsx")),
};
// Each route also says what its address draws first, for preloadRoute.
const TABLE = ROUTE_NAMES.map((name) => {
  const route: Route = ROUTES[name];
  const View = VIEWS[name];
  const ownFile = OWN_FILES[name];
  return {
    path: route.path,
    element: route.tellsStories ? (
      <WithContentNote lesson={route.lesson}>
        <View />
      </WithContentNote>
    ) : (
      <View />
    ),
    preload: (search: string, client: QueryClient) =>
      Promise.all([
        route.tellsStories ? preloadWithNote(search, View) : View.preload(),
        ownFile && client.prefetchQuery(dataFileQuery(ownFile)),
      ]),
  };
});

const routeAt = (pathname: string) => matchRoutes(TABLE, pathname, BASENAME)?.[0]?.route;

/**
 * Loads what an address draws first: its view's code, the content note above it, and the view's own
 * file where it has one, so that the first render shows it at once instead of "Loading…".
 */
export const preloadRoute = (
  { pathname, search }: { pathname: string; search: string },
  client: QueryClient,
): Promise<unknown> => routeAt(pathname)?.preload(search, client) ?? Promise.resolve();

/** Whether a path draws the not-found view (no route of its own): the page the build drew as 404.html. */
export const drawsNotFound = (pathname: string) => routeAt(pathname)?.path === ROUTES.notFound.path;

/**
 * Once the view has hydrated, turns on the controls the build drew disabled (page-heads.ts): before
 * then, React would drop a click or a keystroke on them. Nothing lazy inside a view may have a Suspense
 * boundary of its own, or its controls would be turned on before it is taken over.
 */
function Live() {
  // The mark stays: React disables none of these controls itself, so running again after a move is harmless.
  useEffect(
    () => document.querySelectorAll("[data-wait]").forEach((control) => control.removeAttribute("disabled")),
    [],
  );
  return null;
}

/**
 * On arriving at another view (a new path, not a new query): a link followed opens it at its top, or
 * at its #target (Back and Forward leave the scroll to the browser, which puts it back); and focus
 * moves to the new view's main region, or its #target, when it was on the link followed or lost with
 * the old view, so a screen reader reads on from there and Tab continues from there. Typing in the
 * header's search box, which shows the results as you type, keeps the box.
 */
function useArrival(pathname: string, hash: string) {
  const navigation = useNavigationType();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // A #target drawn already has been brought into view and focused (useHashTarget); one still to come takes focus from main.
    if (document.getElementById(hash.slice(1))) return;
    if (navigation !== NavigationType.Pop) window.scrollTo(0, 0);
    if (focusIsFree()) document.getElementById("main")?.focus({ preventScroll: true });
    // Only the path: the same view with another query is not an arrival.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);
}

/** The routes table: the only place that knows every view, and which of them tell the stories (with the content note). */
export function AppRoutes() {
  const { pathname, hash } = useLocation();
  useArrival(pathname, hash);
  const view = useRoutes(TABLE);
  return (
    <ViewErrorBoundary key={pathname}>
      <Suspense fallback={<LoadingMessage />}>
        <Live />
        {view}
      </Suspense>
    </ViewErrorBoundary>
  );
}
