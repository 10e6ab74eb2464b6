import { useSuspenseQuery } from "@tanstack/react-query";
import { collectEvents, type DatedEvent } from "../../data/collect-events.ts";
import { claimSourceIds } from "../../data/claim-parts.ts";
import { dataFileQuery } from "../../data/queries.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { capitalize } from "../../lib/capitalize.ts";
import { formatPartialDate, precisionOf } from "../../lib/partial-date.ts";
import { ConfidenceBadge } from "../../ui/fact-marks.tsx";
import { MixedText } from "../../ui/mixed-text.tsx";
import { SourceLinks } from "../../ui/fact-marks.tsx";
import { IgnoredParamsNote } from "../../url-state/ignored-params-note.tsx";
import { useViewSearch } from "../../url-state/use-view-search.ts";
import { toggledWorks } from "../../url-state/fields.ts";
import { pageTitle } from "../../url-state/routes.ts";
import { axisYears, dateSpan, percent, place } from "./timeline-scale.ts";

const LANE_COLOUR: Record<string, string> = { novel: "text-novel", film: "text-film", series: "text-series" };
const RESULT_WORDS: Record<string, string> = {
  won: "won",
  nominated: "nominated",
  longlisted: "longlisted",
  selected: "selected",
  listed: "listed",
};

const datesText = (e: DatedEvent) =>
  e.dates
    .map((d) => (d.to ? `${formatPartialDate(d.from)} to ${formatPartialDate(d.to)}` : formatPartialDate(d.from)))
    .join(" or ");

export default function TimelineView() {
  const works = useSuspenseQuery(dataFileQuery("works")).data.works;
  const awards = useSuspenseQuery(dataFileQuery("awards")).data.awards;
  const { values, ignored: urlIgnored, update } = useViewSearch("timeline");
  const unknown = values.works.filter((id) => !works.some((w) => w.id === id));
  const ignored = unknown.length
    ? [...urlIgnored, { name: "works", reason: `no work called ${unknown.map((u) => `"${u}"`).join(", ")}` }]
    : urlIgnored;
  const shown = works.filter((w) => values.works.length === 0 || values.works.includes(w.id));
  const lanes = shown.length ? shown : works;
  const events = collectEvents(works, awards).filter((e) => lanes.some((w) => w.id === e.work));
  const years = axisYears(events.flatMap((e) => e.dates.flatMap((d) => [d.from, ...(d.to ? [d.to] : [])])));
  const byYear = new Map<string, DatedEvent[]>();
  for (const e of events) {
    const year =
      e.dates
        .map((d) => d.from)
        .sort()[0]
        ?.slice(0, 4) ?? "";
    byYear.set(year, [...(byYear.get(year) ?? []), e]);
  }
  const toggle = (id: string, on: boolean) => {
    update({
      works: toggledWorks(
        works.map((w) => w.id),
        lanes.map((w) => w.id),
        id,
        on,
      ),
    });
  };

  return (
    <>
      <title>{pageTitle("timeline")}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">Timeline</h1>
      <p className="mt-2 max-w-3xl text-lg">
        The dated events of the works on one axis: publication, translations, prizes, filming, premieres, releases and
        awards. A date known only to the year or the month is drawn as that whole span; a disputed date shows every
        version.
      </p>
      <IgnoredParamsNote ignored={ignored} />
      <fieldset className="mt-3 rounded-md border border-slate-300 p-2">
        <legend className="px-1 font-semibold">Works</legend>
        {works.map((w) => (
          <label key={w.id} className="mr-4 inline-flex min-h-6 items-center gap-1">
            <input type="checkbox" checked={lanes.includes(w)} onChange={(e) => toggle(w.id, e.target.checked)} />
            {capitalize(w.medium)}
          </label>
        ))}
      </fieldset>
      <output className="mt-2 block font-semibold">{events.length} dated events</output>
      <Drawing lanes={lanes} events={events} years={years} />
      <section aria-labelledby="event-list" className="mt-6">
        <h2 id="event-list" className="text-2xl font-semibold">
          Every event, in order
        </h2>
        {[...byYear].map(([year, list], i) => (
          <section key={year} aria-labelledby={`year-${year}`} className="mt-4">
            <h3 id={`year-${year}`} className="text-xl font-semibold">
              {year}
            </h3>
            <ol data-timing={i ? undefined : "events"} className="mt-1 flex flex-col gap-2">
              {list.map((e) => (
                <li key={e.id} id={`event-${e.id.replace(".", "-")}`} className="border-l-4 border-slate-300 pl-2">
                  <span className="font-semibold">
                    <time dateTime={e.dates[0]?.from}>{datesText(e)}</time>
                  </span>
                  {e.claim.confidence === "disputed" ? (
                    <span className="ml-1 text-sm">(the sources disagree)</span>
                  ) : null}
                  <span className="ml-2 rounded bg-slate-100 px-1 text-sm">
                    {capitalize(works.find((w) => w.id === e.work)?.medium ?? e.work)}
                  </span>
                  <span className="block">
                    <MixedText text={e.label} />
                    {e.result ? ` (${RESULT_WORDS[e.result] ?? e.result})` : ""}
                    <ConfidenceBadge confidence={e.claim.confidence} />
                    <SourceLinks ids={claimSourceIds(e.claim)} />
                  </span>
                  <span className="text-xs text-slate-700">
                    known to the {e.dates.map((d) => precisionOf(d.from)).join(" / ")}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
    </>
  );
}

/** Heights in em, of the drawing's 1rem: they grow with the text (larger text, projector mode) as the lane labels beside them do. */
const em = (n: number) => `${n}em`;
const TOP = 1.5;
const LANE = 2.5;

/**
 * The drawn axis: a lane per work, each event a mark as wide as its date is vague. The list below says the same in words.
 * SVG, its geometry in attributes: the Content-Security-Policy blocks style attributes in a prerendered page.
 * A mark is its span and a 4 px bar at the span's centre, so it is never narrower than 4 px; a disputed one is ringed by a dashed stroke beneath.
 */
function Drawing({ lanes, events, years }: { lanes: Work[]; events: DatedEvent[]; years: number[] }) {
  return (
    <div
      aria-hidden="true"
      className="mt-4 overflow-x-auto rounded-md border border-slate-300 p-3 print:overflow-visible"
    >
      <div className="flex min-w-[44rem] print:min-w-0">
        <div className="w-20 shrink-0 pt-6 text-sm font-semibold">
          {lanes.map((work) => (
            <div key={work.id} className="flex h-10 items-center">
              {capitalize(work.medium)}
            </div>
          ))}
        </div>
        <svg
          width="100%"
          height={em(TOP + LANE * lanes.length)}
          className="min-w-0 flex-1 overflow-visible fill-current text-base"
        >
          <line x2="100%" y1={em(TOP)} y2={em(TOP)} shapeRendering="crispEdges" className="stroke-slate-400" />
          <g className="text-xs">
            {years.map((y) => (
              <text key={y} x={percent(place({ start: y, end: y }, years).left)} y="1.1em" textAnchor="middle">
                {y}
              </text>
            ))}
          </g>
          {lanes.map((work, lane) => (
            <g key={work.id} className={LANE_COLOUR[work.medium] ?? "text-slate-600"}>
              <line
                x2="100%"
                y1={em(TOP + LANE * (lane + 1))}
                y2={em(TOP + LANE * (lane + 1))}
                strokeDasharray="1 2"
                shapeRendering="crispEdges"
                className="stroke-slate-300"
              />
              {events
                .filter((e) => e.work === work.id)
                .flatMap((e) => e.dates.map((d, i) => ({ e, d, i })))
                .map(({ e, d, i }) => {
                  const span = dateSpan(d.from);
                  const { left, width } = place(
                    { start: span.start, end: d.to ? dateSpan(d.to).end : span.end },
                    years,
                  );
                  const y = em(TOP + LANE * lane + 0.75);
                  const ring =
                    e.claim.confidence === "disputed"
                      ? { strokeWidth: 4, strokeDasharray: "4 2", className: "fill-none stroke-red-700" }
                      : undefined;
                  return (
                    <g key={`${e.id}-${i}`} className="opacity-70">
                      <title>{`${e.label}: ${datesText(e)}`}</title>
                      {ring ? <rect x={percent(left)} y={y} width={percent(width)} height="1em" {...ring} /> : null}
                      <rect x={percent(left)} y={y} width={percent(width)} height="1em" rx="4" />
                      {/* The bar: drawn from the span's centre, in pixels. */}
                      <svg x={percent(left + width / 2)} y={y} height="1em" overflow="visible">
                        {ring ? <rect x="-2" width="4" height="100%" {...ring} /> : null}
                        <rect x="-2" width="4" height="100%" />
                      </svg>
                    </g>
                  );
                })}
            </g>
          ))}
        </svg>
      </div>
      <p className="mt-2 text-xs text-slate-700">
        Marks are as wide as what is known: a year, a month or a day. Dashed outlines: disputed dates.
      </p>
    </div>
  );
}
