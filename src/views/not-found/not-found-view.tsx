import { useQuery } from "@tanstack/react-query";
import { useLocation } from "react-router";
import { dataFileQuery } from "../../data/queries.ts";
import { nearestMatches } from "../../lib/nearest-matches.ts";
import { NotFoundMessage } from "../../ui/not-found-message.tsx";
import { STATIC_PAGES } from "../../url-state/static-pages.ts";

/** Any path the app does not know: says what was asked for and offers the nearest pages. */
export default function NotFoundView() {
  const { pathname } = useLocation();
  // Suggestions use the works once they are there, but this page never waits or fails for them.
  const works = useQuery(dataFileQuery("works")).data?.works ?? [];
  const pages = [...STATIC_PAGES, ...works.map((w) => ({ to: `/works/${w.id}`, label: `${w.title} (${w.medium})` }))];
  const near = nearestMatches(pathname, pages, (p) => p.to);
  return <NotFoundMessage what="page at" asked={pathname} suggestions={near.length ? near : pages.slice(0, 1)} />;
}
