import { useQuery } from "@tanstack/react-query";
import { lazy, useEffect, useLayoutEffect, type ReactNode } from "react";
import { dataFileQuery } from "../data/queries.ts";
import { formatPartialDate } from "../lib/partial-date.ts";
import { HeaderMenu } from "./header-menu.tsx";
import { HeaderSearch } from "./header-search.tsx";
import { PartErrorBoundary } from "./part-error-boundary.tsx";
import { capitalize } from "../lib/capitalize.ts";
import { KeptLink, KeptNavLink } from "../url-state/kept-link.tsx";
import { NAV_LINKS } from "../url-state/routes.ts";
import { useGlobalParam } from "../url-state/use-global-param.ts";
import { rememberedProgress, useProgress } from "../url-state/use-progress.ts";

const DisplayChoices = lazy(() => import("./display-choices.tsx"));
const ProgressChoices = lazy(() => import("./progress-choices.tsx"));
const ShareChoices = lazy(() => import("./share-choices.tsx"));
// Print only, so out of the first load: shown by print media.
const PrintFrame = lazy(() => import("./print-frame.tsx"));

const [OVERVIEW, ...VIEWS] = NAV_LINKS;

const navClass = ({ isActive }: { isActive: boolean }) =>
  `block rounded px-1.5 py-1 no-underline ${isActive ? "bg-slate-900 text-white" : "text-slate-900 hover:bg-slate-200"}`;

export function Layout({ children }: { children: ReactNode }) {
  // The header and footer never wait for data: they show what has arrived and stay usable when a file fails.
  const works = useQuery(dataFileQuery("works"));
  const workLinks = works.data?.works ?? [];
  // The footnote marks' previews, out of the first load: the marks are links without them.
  const sources = useQuery(dataFileQuery("sources")).data?.sources;
  useEffect(() => {
    if (sources) void import("../ui/source-preview.ts").then((preview) => preview.listen(sources));
  }, [sources]);
  const [present, setPresent] = useGlobalParam("present");
  const [progress, setProgress] = useProgress();
  // A reader's own progress, remembered on this device, guards a link that carries none.
  useEffect(() => {
    const remembered = rememberedProgress();
    if (!progress && remembered) setProgress(remembered, { replace: true });
    // Once, on arrival: afterwards the progress travels in the URL.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Before paint, so the look never flashes (src/head/before-paint.ts sets it for the first load).
  useLayoutEffect(() => {
    document.documentElement.classList.toggle("present", present);
  }, [present]);
  useEffect(() => {
    if (!present) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) setPresent(false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [present, setPresent]);

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      {present ? (
        // Projector mode: no chrome but a small way out (also Escape), on a line of its own: held over the
        // page, it covered the end of a long heading.
        <div className="flex justify-end px-4 pt-2 sm:px-8 print:hidden">
          <button
            type="button"
            onClick={() => setPresent(false)}
            className="rounded border border-slate-500 px-2 py-1 text-sm"
          >
            Exit projector mode
          </button>
        </div>
      ) : (
        <header className="border-b border-slate-300 bg-slate-50 print:hidden">
          {/* One line from 1024 px (the tools behind "Menu" until they fit too), two on a phone (the views a row of
            their own, scrolled sideways); the rules, in rem so larger text moves them, are .site-* in index.css.
            A page can paint before the rest of its header has arrived: each item is then already where it stays.
            Nothing is pushed right (a search box held right moved 330 px when the menus after it came), and the
            name is the tallest item on its line. */}
          <div className="@container mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
            <KeptLink to={{ route: "overview" }} className="text-lg leading-9 font-bold text-slate-900 no-underline">
              Parallels <span className="sr-only">· Love in the Big City</span>
            </KeptLink>
            <nav aria-label="Views" className="site-views">
              <ul className="flex gap-1 text-sm">
                <li>
                  <KeptNavLink to={OVERVIEW.to} end className={navClass}>
                    {OVERVIEW.label}
                  </KeptNavLink>
                </li>
                {/* The works' links come with the data: their place is kept, so nothing moves when they arrive. */}
                <li className="min-w-44">
                  <ul className="flex gap-1">
                    {workLinks.map((work) => (
                      <li key={work.id}>
                        <KeptNavLink to={{ route: "work", params: { workId: work.id } }} className={navClass}>
                          {capitalize(work.medium)}
                        </KeptNavLink>
                      </li>
                    ))}
                  </ul>
                </li>
                {VIEWS.map((view) => (
                  <li key={view.to.route}>
                    <KeptNavLink to={view.to} className={navClass}>
                      {view.label}
                    </KeptNavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <HeaderSearch />
            {/* A popover needs no script: it opens before the app has taken the page over, and Escape or a click
              elsewhere closes it. Where the tools fit beside the views, the button goes and they stand in line. */}
            <button
              type="button"
              popoverTarget="site-tools"
              className="site-more rounded border border-slate-500 px-2 py-1 text-[0.95rem]"
            >
              Menu
            </button>
            <div id="site-tools" popover="" className="site-tools">
              <HeaderMenu label={progress ? "Spoiler guard: on" : "Spoiler guard: off"} Panel={ProgressChoices} />
              <HeaderMenu label="Share" Panel={ShareChoices} />
              <HeaderMenu label="Display" Panel={DisplayChoices} />
            </div>
          </div>
        </header>
      )}
      {/* Print only: if its code fails to arrive, the page prints without it. */}
      <PartErrorBoundary fallback={null}>
        <PrintFrame part="header" />
      </PartErrorBoundary>
      {/* At least a screen tall: the footer stays below the fold while a view loads, instead of being pushed down (layout shift). */}
      <main
        id="main"
        tabIndex={-1}
        className={`mx-auto min-h-screen w-full flex-1 px-4 pb-12 pt-4 focus:outline-none ${present ? "max-w-none sm:px-8" : "max-w-6xl"}`}
      >
        {children}
      </main>
      <PartErrorBoundary fallback={null}>
        <PrintFrame part="sources" />
      </PartErrorBoundary>
      <footer hidden={present} className="border-t border-slate-300 bg-slate-50 text-sm text-slate-700">
        <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-3">
          <p>Every fact links to its sources. Where the sources are silent, Parallels says “not known”.</p>
          {works.data ? <p>Data last checked {formatPartialDate(works.data.checked)}.</p> : null}
        </div>
      </footer>
    </div>
  );
}
