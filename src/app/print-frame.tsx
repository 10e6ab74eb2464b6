import { useQuery } from "@tanstack/react-query";
import { useEffect, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import { useLocation } from "react-router";
import { dataFileQuery } from "../data/queries.ts";
import { GLOBAL_SEARCH } from "../url-state/search-schema.ts";
import { MixedText } from "../ui/mixed-text.tsx";
import { sourceNumbers } from "../ui/fact-marks.tsx";

/**
 * What a printed page adds to the view (print only; docs/decisions/0011): at the top, where it was printed
 * from, the view's settings from its URL and a legend; at the end, the sources it cites, as footnotes.
 */
const noSubscription = () => () => undefined;

function PrintHeader() {
  const { search } = useLocation();
  // Empty in the build's prerender and while the page is taken over, so both draw the same; then the live address.
  const address = useSyncExternalStore(
    noSubscription,
    () => window.location.href,
    () => "",
  );
  const settings = [...new URLSearchParams(search)].filter(([name]) => !(name in GLOBAL_SEARCH) || name === "progress");
  return (
    <div className="mx-auto hidden w-full max-w-6xl px-4 pt-2 text-sm print:block">
      <p>Printed from Parallels: {address}</p>
      <p>
        {settings.length > 0 ? (
          <MixedText text={`As set in the link: ${settings.map(([name, value]) => `${name} ${value}`).join("; ")}.`} />
        ) : (
          "Nothing filtered: everything is shown."
        )}
      </p>
      <p>
        Small raised numbers after a fact are its sources, listed by number at the end. Each fact says how well it is
        known: confirmed (two or more sources), single source, uncertain (a weak or unconfirmed source) or disputed
        (each version with its own sources).
      </p>
    </div>
  );
}

const SOURCE_HASH = "#source-";

/** The sources the page shows links to, in the order they first appear: whatever the view, whatever is uncovered. */
function citedOnPage(main: HTMLElement): string[] {
  // The link may carry the global parameters (`/sources?names=hangul#source-n1`).
  const links = main.querySelectorAll<HTMLAnchorElement>(`a[href*="${SOURCE_HASH}"]`);
  return [...new Set([...links].map((link) => decodeURIComponent(link.hash.slice(SOURCE_HASH.length))))];
}

function PrintSources() {
  const sources = useQuery(dataFileQuery("sources"));
  const [cited, setCited] = useState<string[]>([]);
  useEffect(() => {
    const main = document.getElementById("main");
    if (!main) return;
    const read = () => {
      const found = citedOnPage(main);
      setCited((previous) => (previous.join() === found.join() ? previous : found));
    };
    read();
    // The view arrives, filters change, a claim is uncovered: the footnotes follow what is on the page,
    // once it has settled (not on every keystroke in a filter), and at once when the reader prints.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(read, 250);
    });
    observer.observe(main, { childList: true, subtree: true });
    const beforePrint = () => flushSync(read);
    window.addEventListener("beforeprint", beforePrint);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener("beforeprint", beforePrint);
    };
  }, []);
  // Without the sources file the page's marks go by their ids, and print lists nothing it cannot name.
  const all = sources.data?.sources;
  if (!all) return null;
  // By number, as the marks on the page show them: the same source has the same number on every page.
  const listed = sourceNumbers(all, cited).map((n) => ({ source: all[n - 1]!, n }));
  if (listed.length === 0) return null;
  return (
    <section aria-labelledby="print-sources" className="mx-auto hidden w-full max-w-6xl px-4 pb-4 text-xs print:block">
      <h2 id="print-sources" className="text-sm font-semibold">
        Sources cited on this page
      </h2>
      <ol className="break-words">
        {listed.map(({ source, n }) => (
          <li key={n}>
            {n}. <MixedText text={source.title} />, <MixedText text={source.publisher} />. {source.url}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The printed page's frame: its header (where from, with which settings), or its sources as footnotes. */
export default function PrintFrame({ part }: { part: "header" | "sources" }) {
  return part === "header" ? <PrintHeader /> : <PrintSources />;
}
