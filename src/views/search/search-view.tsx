import { useSuspenseQuery } from "@tanstack/react-query";
import type { KeyboardEvent } from "react";
import { dataFileQuery } from "../../data/queries.ts";
import { SEARCH_KINDS, searchItems, searchLink } from "../../data/search-index.ts";
import { MixedText } from "../../ui/mixed-text.tsx";
import { IgnoredParamsNote } from "../../url-state/ignored-params-note.tsx";
import { KeptLink } from "../../url-state/kept-link.tsx";
import { useViewSearch } from "../../url-state/use-view-search.ts";
import { pageTitle } from "../../url-state/routes.ts";

const KIND_HEADINGS: Record<(typeof SEARCH_KINDS)[number], string> = {
  work: "Works",
  character: "Characters",
  person: "People",
  element: "Differences",
  source: "Sources",
};

/** Up and down arrows move between results; the first ArrowUp goes back to the search box. */
function moveBetweenResults(event: KeyboardEvent<HTMLAnchorElement>) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>("#search-results a")];
  const at = links.indexOf(event.currentTarget);
  if (at < 0) return;
  event.preventDefault();
  const next =
    event.key === "ArrowDown" ? links[at + 1] : at === 0 ? document.getElementById("site-search") : links[at - 1];
  next?.focus();
}

/**
 * What the header's search box finds, grouped by kind, as you type: from the search index alone (one
 * small file the build derives from the data), so that a shared search shows its results without
 * waiting for every data file.
 */
export default function SearchView() {
  const { items } = useSuspenseQuery(dataFileQuery("search-index")).data;
  const { values, ignored } = useViewSearch("search");
  const hits = searchItems(items, values.q);
  return (
    <>
      <title>{pageTitle("search", values.q && `“${values.q}”`)}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">Search</h1>
      <IgnoredParamsNote ignored={ignored} />
      <p className="mt-2">
        Type in the search box at the top (or press <kbd className="rounded border border-slate-400 px-1">/</kbd>). Any
        spelling works, romanised or in Hangul.
      </p>
      <output className="mt-3 block font-semibold">
        {values.q ? (
          <>
            {hits.length} {hits.length === 1 ? "result" : "results"} for “<MixedText text={values.q} />”
          </>
        ) : (
          "Nothing searched for yet."
        )}
      </output>
      {values.q && hits.length === 0 ? (
        <p className="mt-2">Try part of a name (kyu, jae) or a title in Korean.</p>
      ) : null}
      <div id="search-results" data-timing="results" className="mt-4 flex flex-col gap-5">
        {SEARCH_KINDS.map((kind) => {
          const mine = hits.filter((h) => h.item.kind === kind);
          if (mine.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`results-${kind}`}>
              <h2 id={`results-${kind}`} className="text-xl font-semibold">
                {KIND_HEADINGS[kind]}
              </h2>
              <ul className="mt-1 flex flex-col gap-1">
                {mine.map(({ item, matched }) => (
                  <li key={`${item.kind}-${item.id}`}>
                    <KeptLink
                      to={searchLink(item)}
                      onKeyDown={moveBetweenResults}
                      className="inline-block min-h-6 py-0.5"
                    >
                      <MixedText text={item.label} />
                    </KeptLink>
                    <span className="ml-2 text-sm text-slate-700">
                      {item.detail}
                      {matched ? (
                        <>
                          {" · found by "}
                          <MixedText text={matched} />
                        </>
                      ) : null}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
