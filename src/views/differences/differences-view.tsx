import { useSuspenseQuery } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { dataFileQuery } from "../../data/queries.ts";
import type { ElementCategory } from "../../data/schema/vocabularies.ts";
import { ChangeLegend, CHANGE_LOOK } from "../../ui/change-badge.tsx";
import { Lesson } from "../../ui/lesson.tsx";
import { IgnoredParamsNote } from "../../url-state/ignored-params-note.tsx";
import { useViewSearch } from "../../url-state/use-view-search.ts";
import { pageTitle, ROUTES } from "../../url-state/routes.ts";
import { filterStatement } from "./filter-statement.ts";
import { categoryWord } from "./category-words.ts";
import { MatrixControls } from "./matrix-controls.tsx";
import { buildRows, resolveColumns } from "../../data/element-rows.ts";
import { useWorkColumns } from "../../ui/work-columns.ts";
import { countChanges, filterRows, groupRows, resolveOpenCell } from "./matrix-model.ts";
import { cellDomId, MatrixTable } from "./matrix-table.tsx";
import { cellKey } from "../../data/schema/vocabularies.ts";
import { NarrowWorkPicker, useNarrowWork } from "../../ui/narrow-work-picker.tsx";
import { EmptyState } from "../../ui/filtered-list.tsx";
import { FIRST_RESULTS, ShowAll } from "../../ui/filtered-list.tsx";

// Needed only once a cell is open, or the CSV is asked for: loaded then, not with the matrix.
const CellDetail = lazy(() => import("./cell-detail.tsx").then((m) => ({ default: m.CellDetail })));
const downloadCsv = async (...args: Parameters<typeof import("./matrix-csv.ts").matrixCsv>) => {
  const [{ matrixCsv }, { downloadText }] = await Promise.all([
    import("./matrix-csv.ts"),
    import("../../ui/download-text.ts"),
  ]);
  downloadText("parallels-differences.csv", matrixCsv(...args), "text/csv;charset=utf-8");
};

export default function DifferencesView() {
  const works = useSuspenseQuery(dataFileQuery("works")).data.works;
  const elements = useSuspenseQuery(dataFileQuery("elements")).data.elements;
  const characters = useSuspenseQuery(dataFileQuery("characters")).data.characters;
  const { values, ignored: urlIgnored, update } = useViewSearch("differences");
  // The controls follow the URL at once; the matrix follows a moment later, so a keystroke never waits for the table.
  const deferred = useDeferredValue(values);
  const [shown, setShown] = useState(FIRST_RESULTS);

  const workColumns = useWorkColumns(works, values.works, values.baseline, update);
  // Every row with its change types, worked out again only when the columns or the baseline change, not on every keystroke.
  const shownWorks = deferred.works.join(",");
  const built = useMemo(() => {
    const shownColumns = resolveColumns(works, shownWorks ? shownWorks.split(",") : [], deferred.baseline);
    return { ...shownColumns, allRows: buildRows(elements, shownColumns.columns, shownColumns.baseline, works) };
  }, [shownWorks, deferred.baseline, elements, works]);
  const matrix = useMemo(() => {
    const character = characters.find((c) => c.id === deferred.character);
    const rows = filterRows(built.allRows, { ...deferred, character: character?.id });
    const counts = built.columns
      .filter((work) => work.id !== built.baseline.id)
      .map((work) => ({ work, counts: countChanges(rows, work.id) }));
    return {
      columns: built.columns,
      baseline: built.baseline,
      allRows: built.allRows,
      rows,
      counts,
      character,
      opened: resolveOpenCell(deferred.cell, elements, built.columns),
    };
  }, [built, deferred, elements, characters]);
  const { rows, allRows, character } = matrix;
  const open = matrix.opened.open;
  const openKey = open ? cellKey(open.element.id, open.work.id) : undefined;
  const ignored = [
    ...urlIgnored,
    ...workColumns.ignored,
    ...(matrix.opened.ignored ? [matrix.opened.ignored] : []),
    ...(deferred.character && !character
      ? [{ name: "character", reason: `no character called "${deferred.character.slice(0, 40)}"` }]
      : []),
  ];
  const others = matrix.columns.filter((w) => w.id !== matrix.baseline.id);
  const [narrowWork, setNarrowWork] = useNarrowWork(matrix.columns, others[0]?.id ?? matrix.baseline.id);
  const characterLabels = useMemo(() => new Map(characters.map((c) => [c.id, c.label])), [characters]);

  // A cell opened by a click or Enter takes focus; one opened by a shared link is only scrolled to and marked.
  const [openedHere, setOpenedHere] = useState(false);
  const returnFocusTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!openKey || openedHere) return;
    document.getElementById(cellDomId(openKey))?.scrollIntoView({ block: "center", inline: "center" });
  }, [openKey, openedHere]);

  const openCell = useCallback(
    (elementId: string, workId: string) => {
      returnFocusTo.current = cellKey(elementId, workId);
      setOpenedHere(true);
      update({ cell: cellKey(elementId, workId) });
    },
    [update],
  );
  const closeCell = () => {
    update({ cell: "" });
    const key = returnFocusTo.current ?? openKey;
    if (key)
      requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`button[data-cell="${key}"]`)?.focus());
  };
  const toggleGroup = useCallback(
    (category: ElementCategory) =>
      update(({ collapsed }) => ({
        collapsed: collapsed.includes(category) ? collapsed.filter((c) => c !== category) : [...collapsed, category],
      })),
    [update],
  );
  const clear = () =>
    update({
      category: [...ROUTES.differences.search.category.defaultValue],
      status: [...ROUTES.differences.search.status.defaultValue],
      q: "",
      only: "all",
      character: "",
    });
  const statement = filterStatement({
    columns: matrix.columns,
    baseline: matrix.baseline,
    category: deferred.category,
    status: deferred.status,
    q: deferred.q,
    only: deferred.only,
    characterName: character?.label,
  });
  const openRow = open ? allRows.find((r) => r.element.id === open.element.id) : undefined;
  // The same table element while only the controls change: React leaves it alone instead of redrawing every cell.
  const table = useMemo(
    () => (
      <MatrixTable
        groups={groupRows(rows.slice(0, shown))}
        columns={matrix.columns}
        baseline={matrix.baseline}
        blank={deferred.quiz}
        collapsed={deferred.collapsed}
        onToggleGroup={toggleGroup}
        openKey={openKey}
        onOpen={openCell}
        narrowWork={narrowWork}
      />
    ),
    [
      rows,
      shown,
      matrix.columns,
      matrix.baseline,
      deferred.quiz,
      deferred.collapsed,
      toggleGroup,
      openKey,
      openCell,
      narrowWork,
    ],
  );

  if (values.present)
    return (
      <>
        <title>{pageTitle("differences")}</title>
        <h1 className="text-3xl font-bold">Differences</h1>
        <IgnoredParamsNote ignored={ignored} />
        <Lesson
          rows={groupRows(rows).flatMap((g) => g.rows)}
          columns={matrix.columns}
          baseline={matrix.baseline}
          step={values.step}
          noteFirst={values.notes !== "off"}
          quiz={values.quiz}
          update={update}
          context={(row) =>
            [
              row.element.part ? `Part ${row.element.part}` : "The work as a whole",
              categoryWord(row.element.category),
            ].join(" · ")
          }
          statement={statement}
        />
      </>
    );

  return (
    <>
      <title>{pageTitle("differences")}</title>
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-3xl font-bold sm:text-4xl">Differences</h1>
        <p className="print:hidden">
          Every adaptation choice, work by work: open a cell for its full text, its sources and the other versions.
        </p>
      </div>
      <IgnoredParamsNote ignored={ignored} />
      {values.quiz ? (
        <p className="mt-3 max-w-3xl rounded-md border border-slate-500 p-3">
          <span className="font-semibold">Worksheet.</span> The {others.map((w) => w.medium).join(" and ")} cells are
          left blank, to fill in; the {matrix.baseline.medium}'s are given. Print it as a handout.{" "}
          <button
            type="button"
            onClick={() => update({ quiz: false })}
            className="rounded border border-slate-500 px-2 py-1 text-sm print:hidden"
          >
            Show the answers
          </button>
        </p>
      ) : null}
      <MatrixControls
        all={works}
        works={workColumns}
        category={values.category}
        status={values.status}
        q={values.q}
        only={values.only}
        characterName={characterLabels.get(values.character)}
        update={update}
        onClear={clear}
      />
      <ChangeLegend baselineName={matrix.baseline.medium} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <output className="font-semibold">
          {rows.length} of {allRows.length} elements. {statement}
        </output>
        <span className="flex flex-wrap gap-2 print:hidden">
          <button
            type="button"
            onClick={() => void downloadCsv(rows, matrix.columns, matrix.baseline)}
            className="rounded border border-slate-500 px-2 py-1 text-sm"
          >
            <span aria-hidden="true">⇩ </span>Download as CSV
          </button>
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded border border-slate-500 px-2 py-1 text-sm"
          >
            Print
          </button>
        </span>
      </div>
      <ul className="flex flex-wrap gap-x-4 text-sm" aria-label="Counts per work">
        {matrix.counts.map(({ work, counts }) => (
          <li key={work.id}>
            <span className="font-semibold capitalize">{work.medium}</span>:{" "}
            {[...counts].map(([c, n]) => `${n} ${CHANGE_LOOK[c].word.toLowerCase()}`).join(", ") || "nothing shown"}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <NarrowWorkPicker columns={matrix.columns} value={narrowWork} onChange={setNarrowWork} />
      ) : null}

      <ShowAll shown={shown} total={rows.length} noun="elements" onShowAll={() => setShown(Infinity)} />
      {rows.length === 0 ? (
        <EmptyState nothing="element" onClear={clear} />
      ) : (
        <div className={`mt-2 grid gap-4 ${open ? "lg:grid-cols-[minmax(0,1fr)_22rem]" : ""}`}>
          {table}
          {open && openRow ? (
            <Suspense fallback={<p>Opening the cell…</p>}>
              <CellDetail
                key={openKey}
                row={openRow}
                work={open.work}
                baseline={matrix.baseline}
                focusOnOpen={openedHere}
                onClose={closeCell}
                characterLabels={characterLabels}
              />
            </Suspense>
          ) : null}
        </div>
      )}
    </>
  );
}
