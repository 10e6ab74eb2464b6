import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { useLocation } from "react-router";
import { dataFileQuery } from "../../data/queries.ts";
import { nearestMatches } from "../../lib/nearest-matches.ts";
import { NotFoundMessage } from "../../ui/not-found-message.tsx";
import { href, NAV_LINKS, type LinkTo } from "../../url-state/routes.ts";

// The value the browser has and the build does not, as the print header reads its address (print-frame.tsx).
const noSubscription = () => () => undefined;

/** Any path the app does not know: says what was asked for and offers the nearest pages. */
export default function NotFoundView() {
  const { pathname } = useLocation();
  // The build draws this page once for every unknown path (404.html), so it cannot name the one asked
  // for: that, and the nearest pages, come once the browser takes the page over.
  const asked = useSyncExternalStore(
    noSubscription,
    () => pathname,
    () => undefined,
  );
  // Suggestions use the works once they are there, but this page never waits or fails for them.
  const works = useQuery(dataFileQuery("works")).data?.works ?? [];
  const pages: { to: LinkTo; label: string }[] = [
    ...NAV_LINKS,
    ...works.map((w) => ({
      to: { route: "work", params: { workId: w.id } } as const,
      label: `${w.title} (${w.medium})`,
    })),
  ];
  const near = asked === undefined ? [] : nearestMatches(asked, pages, (p) => href(p.to));
  // With nothing near, the overview; with no path yet (the drawn page), nothing: the page links the overview anyway.
  return (
    <NotFoundMessage
      what="page at"
      asked={asked}
      suggestions={asked === undefined || near.length ? near : pages.slice(0, 1)}
    />
  );
}
