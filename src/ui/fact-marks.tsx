// What follows a fact: its sources as numbered footnote marks, and how well it is known where that is less than confirmed.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { AnyClaim } from "../data/schema/claim.ts";
import { dataFileQuery } from "../data/queries.ts";
import type { Source } from "../data/schema/sources-file.ts";
import { KeptLink } from "../url-state/kept-link.tsx";

/**
 * A source's number, the same on every page and in print: its place in the sources file, which grows at
 * its end, so a number once given stays.
 */
export const sourceNumber = (sources: Source[], id: string) => sources.findIndex((s) => s.id === id) + 1;

/** The numbers of these sources, smallest first, as a reader looks them up (the data's checks make sure each is in the file). */
export const sourceNumbers = (sources: Source[], ids: string[]) =>
  ids.map((id) => sourceNumber(sources, id)).sort((a, b) => a - b);

/**
 * The sources file, as the marks' names need it. The app fetches it as it starts; where a view is drawn
 * before it is in, the marks wait for it (suspending, as useSuspenseQuery does), rather than appearing
 * later and moving the text. Where it cannot be had, undefined: the marks go by their ids, and the
 * view still shows (the file's own failure is said on /sources).
 */
function useSources(): Source[] | undefined {
  const query = dataFileQuery("sources");
  const client = useQueryClient();
  const data = useQuery(query).data;
  if (data) return data.sources;
  // The query's own state, not this observer's: mounting retries a failed file, and reads as pending meanwhile.
  if (client.getQueryState(query.queryKey)?.status !== "error") throw client.ensureQueryData(query);
}

/**
 * A claim's sources as footnote marks, as on Wikipedia: each its number, raised, a link to its entry on
 * /sources, named "source 17: <title>" for a screen reader (the number too, so the name holds what is
 * seen). Hovered, focused or tapped, each shows its source's preview (src/ui/source-preview.ts).
 * `tabbable={false}` takes them out of the Tab order where the same sources are one Enter away (a matrix
 * cell opens with them): a mouse and a screen reader still reach them.
 */
export function SourceLinks({ ids, tabbable = true }: { ids: string[]; tabbable?: boolean }) {
  const sources = useSources();
  // Without the file, each mark goes by its source's id, and its name says no more.
  const marks = sources
    ? sourceNumbers(sources, ids).map((n) => sources[n - 1]!)
    : ids.map((id) => ({ id, title: "" }));
  return (
    <span className="ml-0.5 inline-flex align-top text-xs">
      {marks.map(({ id, title }, i) => {
        const text = sources ? sourceNumber(sources, id) : id.toUpperCase();
        return (
          <KeptLink
            key={i}
            to={{ route: "sources", hash: `source-${id}` }}
            tabIndex={tabbable ? undefined : -1}
            aria-label={`source ${text}${title && `: ${title}`}`}
            data-mark=""
            className="inline-flex min-h-6 min-w-6 justify-center px-0.5 text-blue-800"
          >
            {text}
          </KeptLink>
        );
      })}
    </span>
  );
}

const BADGES = {
  "single-source": { icon: "①", word: "single source", className: "border-slate-500 bg-slate-100 text-slate-900" },
  uncertain: { icon: "?", word: "unconfirmed", className: "border-amber-700 bg-amber-50 text-amber-950" },
  disputed: { icon: "⇄", word: "disputed", className: "border-red-800 bg-red-50 text-red-950" },
} as const;

/** How well a claim is known, as an icon and a word (never colour alone). Confirmed claims carry no badge. */
export function ConfidenceBadge({ confidence }: { confidence: AnyClaim["confidence"] }) {
  if (confidence === "confirmed") return null;
  const badge = BADGES[confidence];
  return (
    <span
      className={`ml-1 inline-flex items-center gap-1 rounded border px-1.5 text-xs font-semibold whitespace-nowrap ${badge.className}`}
    >
      <span aria-hidden="true">{badge.icon}</span>
      {badge.word}
    </span>
  );
}
