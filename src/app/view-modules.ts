import type { RouteName } from "../url-state/routes.ts";

/**
 * Each route's view module, as src/app/routes.tsx imports it lazily: what a route's page asks for in its
 * head, with the app's own code (build/page-files.ts, which fails the build on a path no view has), and
 * what the bench counts as a view's first load (scripts/bench.ts).
 */
export const VIEW_MODULES: Record<RouteName, string> = {
  overview: "src/views/overview/overview-view.tsx",
  work: "src/views/works/work-view.tsx",
  sources: "src/views/sources/sources-view.tsx",
  search: "src/views/search/search-view.tsx",
  compare: "src/views/compare/compare-view.tsx",
  differences: "src/views/differences/differences-view.tsx",
  cast: "src/views/cast/cast-view.tsx",
  timeline: "src/views/timeline/timeline-view.tsx",
  character: "src/views/characters/character-view.tsx",
  notFound: "src/views/not-found/not-found-view.tsx",
};

/** The content note's code, drawn above every view that tells the stories on a first visit (content-note.tsx). */
export const CONTENT_NOTE_MODULE = "src/app/content-note-panel.tsx";
