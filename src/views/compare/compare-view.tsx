import { lazy } from "react";
import { useSuspenseQuery } from "@tanstack/react-query";
import { agree, buildRows, type ElementRow } from "../../data/element-rows.ts";
import { dataFileQuery } from "../../data/queries.ts";
import { sectionName } from "../../data/section-name.ts";
import type { Aspect } from "../../data/schema/headings.ts";
import type { Section, Work } from "../../data/schema/works-file.ts";
import { capitalize } from "../../lib/capitalize.ts";
import { ChangeLegend } from "../../ui/change-badge.tsx";
import { ElementCell } from "../../ui/element-cell.tsx";
import { FactList } from "../../ui/fact-list.tsx";
import { PersonName } from "../../ui/person-name.tsx";
import { TableScroller } from "../../ui/table-scroller.tsx";
import { useWorkColumns } from "../../ui/work-columns.ts";
import { FilterToolbar } from "../../ui/filter-toolbar.tsx";
import { OnlyDifferences } from "../../ui/only-differences.tsx";
import { Lesson } from "../../ui/lesson.tsx";
import { IgnoredParamsNote } from "../../url-state/ignored-params-note.tsx";
import { KeptLink } from "../../url-state/kept-link.tsx";
import { useViewSearch } from "../../url-state/use-view-search.ts";
import { pageTitle } from "../../url-state/routes.ts";
import { cellKey } from "../../data/schema/vocabularies.ts";
import { alignByPart, WORK_ROWS, workFacts, type PartBlock, type Teller } from "./align.ts";
import { NarrowWorkPicker, useNarrowWork } from "../../ui/narrow-work-picker.tsx";

// Behind "Filters": its code comes when it opens (or when the pointer or focus nears it).
const loadWorkColumnsPicker = () => import("../../ui/work-columns-picker.tsx");
const WorkColumnsPicker = lazy(loadWorkColumnsPicker);

const ASPECT_WORDS: Record<Aspect, string> = {
  "main-characters": "Main characters",
  "love-interest": "Love interest",
  mother: "The mother",
  settings: "Settings",
  "key-events": "Key events",
  music: "Music",
  ending: "Ending",
  structure: "Structure",
};

export default function CompareView() {
  const works = useSuspenseQuery(dataFileQuery("works")).data.works;
  const elements = useSuspenseQuery(dataFileQuery("elements")).data.elements;
  const characters = useSuspenseQuery(dataFileQuery("characters")).data.characters;
  const { values, ignored: urlIgnored, update } = useViewSearch("compare");
  const workColumns = useWorkColumns(works, values.works, values.baseline, update);
  const { columns, baseline } = workColumns;
  const rows = buildRows(elements, columns, baseline, works).filter((r) => values.only === "all" || !agree(r));
  const blocks = alignByPart(rows, columns, works);
  const selected = elements.some((e) => e.id === values.row) ? values.row : "";
  const ignored = [
    ...urlIgnored,
    ...workColumns.ignored,
    ...(values.row && !selected ? [{ name: "row", reason: `no element called "${values.row.slice(0, 40)}"` }] : []),
  ];
  const [narrowWork, setNarrowWork] = useNarrowWork(columns, columns[0]?.id ?? "");
  const labels = new Map(characters.map((c) => [c.id, c.label]));
  const narrow = (id: string) => (id === narrowWork ? "" : "max-sm:hidden");

  if (values.present)
    return (
      <>
        <title>{pageTitle("compare")}</title>
        <h1 className="text-3xl font-bold">Compare side by side</h1>
        <IgnoredParamsNote ignored={ignored} />
        <Lesson
          rows={blocks.flatMap((b) => b.aspects.flatMap((a) => a.rows))}
          columns={columns}
          baseline={baseline}
          step={values.step}
          noteFirst={values.notes !== "off"}
          quiz={values.quiz}
          update={update}
          context={(row) =>
            [
              row.element.part ? `Part ${row.element.part}` : "The work as a whole",
              ASPECT_WORDS[row.element.aspect],
            ].join(" · ")
          }
          statement={`Showing ${columns.map((w) => `the ${w.medium}`).join(", ")}, compared with the ${baseline.medium}${values.only === "differences" ? "; only rows where the works differ" : ""}.`}
        />
      </>
    );

  return (
    <>
      <title>{pageTitle("compare")}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">Compare side by side</h1>
      <p className="mt-2 max-w-3xl text-lg">
        The works as parallel columns, aligned part by part: for each part of the {works[0]?.medium ?? "original"}, what
        each work tells and how, with sources. Select a row to mark it; each row leads to its cells in the matrix.
      </p>
      <IgnoredParamsNote ignored={ignored} />
      <FilterToolbar
        label="Choose the columns"
        chips={workColumns.chips}
        preload={loadWorkColumnsPicker}
        panel={<WorkColumnsPicker all={works} {...workColumns} />}
      >
        <OnlyDifferences only={values.only} onOnly={(only) => update({ only })} />
      </FilterToolbar>
      <NarrowWorkPicker columns={columns} value={narrowWork} onChange={setNarrowWork} />
      <ChangeLegend baselineName={baseline.medium} />

      <WorksAtAGlance columns={columns} narrow={narrow} />
      {blocks.map((block) => (
        <PartTable
          key={block.part ?? "whole"}
          block={block}
          columns={columns}
          original={works[0]}
          narrow={narrow}
          selected={selected}
          onSelect={(id) => update({ row: selected === id ? "" : id })}
          labels={labels}
          baseline={baseline}
        />
      ))}
    </>
  );
}

function WorksAtAGlance({ columns, narrow }: { columns: Work[]; narrow: (id: string) => string }) {
  return (
    <section aria-labelledby="works-at-a-glance" className="mt-6">
      <h2 id="works-at-a-glance" className="text-2xl font-semibold">
        The works at a glance
      </h2>
      <TableScroller label="Table of the works at a glance">
        {/* Fixed layout from sm up, as in the matrix: the columns take their widths from the header row, so
          they hold still while a slow link brings the page's rows in (they moved, a layout shift). */}
        <table className="w-full min-w-[40rem] border-collapse text-left max-sm:min-w-0 sm:table-fixed">
          <caption className="sr-only">Format, creators, release and figures of each work</caption>
          <thead>
            <tr>
              <th scope="col" className="w-40 border-b-2 border-slate-400 p-2">
                <span className="sr-only">Topic</span>
              </th>
              {columns.map((w) => (
                <th key={w.id} scope="col" className={`border-b-2 border-slate-400 p-2 ${narrow(w.id)}`}>
                  {capitalize(w.medium)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody data-timing="works">
            {WORK_ROWS.map((row) => (
              <tr key={row.label} className="align-top">
                <th scope="row" className="border-b border-slate-200 p-2">
                  {row.label}
                </th>
                {columns.map((w) => (
                  <td key={w.id} className={`border-b border-slate-200 p-2 text-sm ${narrow(w.id)}`}>
                    {workFacts(w, row).length ? (
                      <FactList facts={workFacts(w, row)} compact />
                    ) : (
                      <span className="italic">not known</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}

function TellerCell({ teller }: { teller: Teller }) {
  if (teller.sections.length === 0) return <span className="font-normal text-slate-700">— not adapted</span>;
  return (
    <span className="font-normal">
      {teller.sections.map((s: Section) => (
        <span key={s.id} className="block text-sm">
          {sectionName(teller.work.units.kind, s.units)}
          {s.titleKo && s.titleKo.confidence !== "disputed" ? (
            <>
              {" "}
              <span lang="ko">{s.titleKo.value}</span>
            </>
          ) : null}
          {s.directors && s.directors.confidence !== "disputed" ? (
            <>
              , directed by{" "}
              {s.directors.value.map((id) => (
                <PersonName key={id} id={id} />
              ))}
            </>
          ) : null}
        </span>
      ))}
    </span>
  );
}

type PartTableProps = {
  block: PartBlock;
  columns: Work[];
  original: Work | undefined;
  narrow: (id: string) => string;
  selected: string;
  onSelect: (id: string) => void;
  labels: Map<string, string>;
  baseline: Work;
};

function PartTable({ block, columns, original, narrow, selected, onSelect, labels, baseline }: PartTableProps) {
  const id = block.part === undefined ? "whole-work" : `part-${block.part}`;
  const title =
    block.part === undefined || !original
      ? "The work as a whole"
      : `${sectionName(original.units.kind, { from: block.part, to: block.part })}${block.partSection?.titleEn && block.partSection.titleEn.confidence !== "disputed" ? `: “${block.partSection.titleEn.value}”` : ""}`;
  const count = block.aspects.reduce((n, a) => n + a.rows.length, 0);
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
        {block.partSection?.titleKo && block.partSection.titleKo.confidence !== "disputed" ? (
          <span lang="ko" className="ml-2 text-lg font-normal">
            {block.partSection.titleKo.value}
          </span>
        ) : null}
      </h2>
      {count === 0 ? (
        <p className="mt-2">The shown works tell everything here the same way.</p>
      ) : (
        <TableScroller label={`Table of ${title}`}>
          <table className="w-full min-w-[40rem] border-collapse text-left text-sm max-sm:min-w-0 sm:table-fixed">
            <caption className="sr-only">
              {title}: each element, and how each work tells it, compared with the {baseline.medium}
            </caption>
            <thead>
              <tr className="align-top">
                <th scope="col" className="w-48 border-b-2 border-slate-400 p-2">
                  Element
                </th>
                {columns.map((w) => (
                  <th key={w.id} scope="col" className={`border-b-2 border-slate-400 p-2 ${narrow(w.id)}`}>
                    {capitalize(w.medium)}
                    {w.id === baseline.id ? <span className="text-xs font-normal"> (baseline)</span> : null}
                    {block.part !== undefined ? (
                      <TellerCell teller={block.tellers.find((t) => t.work.id === w.id) ?? { work: w, sections: [] }} />
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            {block.aspects.map(({ aspect, rows }) => (
              <tbody key={aspect}>
                <tr>
                  <th
                    scope="rowgroup"
                    colSpan={columns.length + 1}
                    className="border-b border-slate-300 bg-slate-100 p-2 text-left"
                  >
                    {ASPECT_WORDS[aspect]}
                  </th>
                </tr>
                {rows.map((row) => (
                  <ParallelRow
                    key={row.element.id}
                    row={row}
                    narrow={narrow}
                    selected={selected === row.element.id}
                    onSelect={onSelect}
                    labels={labels}
                  />
                ))}
              </tbody>
            ))}
          </table>
        </TableScroller>
      )}
    </section>
  );
}

function ParallelRow({
  row,
  narrow,
  selected,
  onSelect,
  labels,
}: {
  row: ElementRow;
  narrow: (id: string) => string;
  selected: boolean;
  onSelect: (id: string) => void;
  labels: Map<string, string>;
}) {
  const { element } = row;
  const mark = selected ? "bg-yellow-100" : "";
  return (
    <tr id={`row-${element.id}`} className={`align-top ${mark}`}>
      <th scope="row" className="border-b border-slate-200 p-2 font-normal">
        <button
          type="button"
          aria-pressed={selected}
          onClick={() => onSelect(element.id)}
          className="min-h-6 text-left font-semibold"
        >
          {element.name}
        </button>
        <span className="mt-1 flex flex-wrap gap-x-3 text-xs">
          <KeptLink
            to={{ route: "differences", search: { cell: cellKey(element.id, row.cells[0]?.work.id ?? "") } }}
            className="inline-block min-h-6 py-1"
          >
            In the matrix
          </KeptLink>
          {element.characters?.map((id) => (
            <KeptLink
              key={id}
              to={{ route: "character", params: { characterId: id } }}
              className="inline-block min-h-6 py-1"
            >
              {labels.get(id) ?? id}
            </KeptLink>
          ))}
        </span>
      </th>
      {row.cells.map((cell) => (
        <td key={cell.work.id} className={`border-b border-slate-200 p-2 ${narrow(cell.work.id)}`}>
          <ElementCell cell={cell} />
        </td>
      ))}
    </tr>
  );
}
