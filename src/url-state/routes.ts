import type { PathParam } from "react-router";
import { CHANGE_TYPES, CONFIDENCES, ELEMENT_CATEGORIES, ROLE_TIERS } from "../data/schema/vocabularies.ts";
import { flag, idList, listOf, oneOf, text, whole } from "./fields.ts";
import { GLOBAL_SEARCH, serializeSearch, type SearchSchema, type SearchValues } from "./search-schema.ts";

/** The cast's orders: as the sources bill the cast, by actor, by character. */
export const CAST_SORTS = ["billing", "actor", "character"] as const;

/** Projector mode's lesson: the row in focus (0 is the content note, 1 the first row) and hidden cells. */
const LESSON = { step: whole(0, 9999, 0), quiz: flag() };

export type Route = {
  /** The path, with `:name` for an id from the data. */
  path: string;
  /** The view's own search parameters, each with its default (the global ones are in GLOBAL_SEARCH). */
  search: SearchSchema;
  /** What the page's title says after its own label ("Differences"), before " · Parallels". */
  title: string;
  /** The header's name for it (NAV_LINKS), where it is not the title. */
  nav?: string;
  /** It tells what happens in the stories: the content note sits above it. */
  tellsStories?: boolean;
  /** Projector mode makes it a lesson that opens on the content note. */
  lesson?: boolean;
};

/**
 * The URL contract (README, "Deep links"), defined once: every path, its parameters with their
 * defaults, its title. The routes table, the header, the page files the build writes, the fuzzer and
 * every link in the app are made from it. Every path is also a page file the build draws (page-heads.ts).
 */
export const ROUTES = {
  overview: { path: "/", search: {}, title: "Parallels: Love in the Big City, told three ways", nav: "Overview" },
  compare: {
    path: "/compare",
    search: { works: idList(), baseline: text(), only: oneOf(["all", "differences"], "all"), row: text(), ...LESSON },
    title: "Compare side by side",
    nav: "Compare",
    tellsStories: true,
    lesson: true,
  },
  differences: {
    path: "/differences",
    search: {
      works: idList(),
      baseline: text(),
      category: listOf(ELEMENT_CATEGORIES, ELEMENT_CATEGORIES),
      status: listOf(CHANGE_TYPES, CHANGE_TYPES),
      q: text(),
      only: oneOf(["all", "differences"], "all"),
      // One cell, `<elementId>.<workId>` (cellKey, in data/schema/vocabularies.ts).
      cell: text(),
      collapsed: listOf(ELEMENT_CATEGORIES, []),
      // The rows about one character (a lesson on Jaehee's story, say).
      character: text(),
      ...LESSON,
    },
    title: "Differences",
    tellsStories: true,
    lesson: true,
  },
  cast: {
    path: "/cast",
    search: {
      works: idList(),
      role: listOf(ROLE_TIERS, ROLE_TIERS),
      q: text(),
      sort: oneOf(CAST_SORTS, "billing"),
      group: oneOf(["none", "character"], "none"),
    },
    title: "Cast",
  },
  timeline: { path: "/timeline", search: { works: idList() }, title: "Timeline" },
  sources: {
    path: "/sources",
    search: { q: text(), confidence: listOf(CONFIDENCES, CONFIDENCES) },
    title: "Sources",
  },
  search: { path: "/search", search: { q: text() }, title: "Search", tellsStories: true },
  work: { path: "/works/:workId", search: {}, title: "", tellsStories: true },
  character: { path: "/characters/:characterId", search: {}, title: "Characters", tellsStories: true },
  // Any other path; the build draws it once, as 404.html.
  notFound: { path: "*", search: {}, title: "Not found" },
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof ROUTES;
/** Every route's name, in the registry's order (the keys of a literal: nothing else can be in them). */
// oxlint-disable-next-line typescript/no-unsafe-type-assertion -- Object.keys is typed string[] for any object
export const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[];
type Routes = typeof ROUTES;
/** A route's parameters, the global ones first, as they are read from and written to the URL. */
export type RouteSearch<N extends RouteName> = typeof GLOBAL_SEARCH & Routes[N]["search"] & SearchSchema;

/** Where a link goes: a route, its path's ids, the parameters it sets (defaults may be left out) and an anchor. */
export type LinkTo = {
  [N in Exclude<RouteName, "notFound">]: {
    route: N;
    search?: Partial<SearchValues<RouteSearch<N>>>;
    hash?: string;
  } & ([PathParam<Routes[N]["path"]>] extends [never]
    ? { params?: undefined }
    : { params: Record<PathParam<Routes[N]["path"]>, string> });
}[Exclude<RouteName, "notFound">];

const navLabel = (route: Route) => route.nav ?? route.title;
/** The header's links, in order: the views with a fixed path. */
const navLink = (route: "overview" | "compare" | "differences" | "cast" | "timeline" | "sources") => ({
  to: { route } satisfies LinkTo,
  label: navLabel(ROUTES[route]),
});
export const NAV_LINKS = [
  navLink("overview"),
  navLink("compare"),
  navLink("differences"),
  navLink("cast"),
  navLink("timeline"),
  navLink("sources"),
] as const;

/** A route's full schema: the global parameters, then its own. */
export const routeSearch = <N extends RouteName>(name: N): RouteSearch<N> => ({
  ...GLOBAL_SEARCH,
  ...ROUTES[name].search,
});

/**
 * The address of a link, through the same fields that read the URL: parameters in schema order,
 * defaults left out, lists in their order; ids in the path are escaped.
 */
export function href(to: LinkTo): string {
  const params: Record<string, string> = to.params ?? {};
  const path = ROUTES[to.route].path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const query = serializeSearch(routeSearch(to.route), to.search ?? {}).toString();
  return `${path}${query ? `?${query}` : ""}${to.hash ? `#${to.hash}` : ""}`;
}

/** A page's title: its own label (a work's title, a search), the route's title, the site's name. */
export function pageTitle(name: RouteName, label?: string): string {
  const title = ROUTES[name].title;
  return name === "overview" ? title : [label, title, "Parallels"].filter(Boolean).join(" · ");
}

const ABOUT =
  "Sang Young Park's novel Love in the Big City, its 2024 film and its 2024 series, side by side, with a source for every fact.";

/** What a link to each page previews as before any script runs (page-heads.ts); a work's and a character's take their label. */
export const DESCRIPTIONS = {
  overview: ABOUT,
  compare: "The novel, the film and the series, part by part: who is in each telling and what happens to them.",
  differences: "What each adaptation keeps, changes, adds or leaves out of the novel, as a table with sources.",
  cast: "Who plays whom in the film and the series, and who each character is in the novel.",
  timeline:
    "The novel's publication, the adaptations' releases and their awards, in order, each dated with its source.",
  sources: "Every source behind the facts, with the claims each one supports.",
  search: "Find a person, a character, a place or a fact across the novel, the film and the series.",
  work: (medium: string) => `The ${medium} of Love in the Big City: its facts, each with sources.`,
  character: (label: string) =>
    `${label} in the novel, the film and the series: who plays the part, and how the story changes around them.`,
  notFound: ABOUT,
} satisfies Record<RouteName, string | ((label: string) => string)>;
