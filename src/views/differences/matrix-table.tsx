import type { KeyboardEvent } from "react";
import { useState } from "react";
import type { ElementCategory } from "../../data/schema/vocabularies.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { CHANGE_LOOK } from "../../ui/change-badge.tsx";
import { CellMarks, CellSources, cellSpan, cellWords } from "../../ui/element-cell.tsx";
import { isCovered, spoilerWarning } from "../../data/spoilers.ts";
import { useProgress } from "../../url-state/use-progress.ts";
import { categoryWord } from "./category-words.ts";
import type { ElementRow, RowCell } from "../../data/element-rows.ts";
import { countChanges } from "./matrix-model.ts";
import { MixedText } from "../../ui/mixed-text.tsx";
import { capitalize } from "../../lib/capitalize.ts";
import { cellKey } from "../../data/schema/vocabularies.ts";

type Props = {
  groups: { category: ElementCategory; rows: ElementRow[] }[];
  columns: Work[];
  baseline: Work;
  /** A worksheet (`quiz=1`): every work's cells but the baseline's left blank, to fill in. */
  blank: boolean;
  collapsed: ElementCategory[];
  onToggleGroup: (category: ElementCategory) => void;
  openKey: string | undefined;
  onOpen: (elementId: string, workId: string) => void;
  /** On small screens only one work column is shown: this one. */
  narrowWork: string;
};

export const cellDomId = (key: string) => `cell-${key.replace(".", "--")}`;

const KEYS = new Set(["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp", "Home", "End"]);

/** Moves focus between cells like a spreadsheet: arrows, Home and End; Enter opens the cell (it is a button). */
function moveFocus(event: KeyboardEvent<HTMLButtonElement>, setActive: (key: string) => void) {
  if (!KEYS.has(event.key)) return;
  const target = event.currentTarget;
  const table = target.closest("table");
  if (!table) return;
  const buttons = [...table.querySelectorAll<HTMLButtonElement>("button[data-cell]")].filter(
    (b) => b.offsetParent !== null,
  );
  const rows = [...new Set(buttons.map((b) => b.dataset.row))];
  const row = rows.indexOf(target.dataset.row);
  const inRow = (r: string | undefined) => buttons.filter((b) => b.dataset.row === r);
  const current = inRow(target.dataset.row);
  const col = current.indexOf(target);
  let next: HTMLButtonElement | undefined;
  if (event.key === "ArrowRight") next = current[col + 1];
  if (event.key === "ArrowLeft") next = current[col - 1];
  if (event.key === "Home") next = current[0];
  if (event.key === "End") next = current.at(-1);
  if (event.key === "ArrowDown") next = inRow(rows[row + 1])[col];
  if (event.key === "ArrowUp") next = row > 0 ? inRow(rows[row - 1])[col] : undefined;
  event.preventDefault();
  if (next?.dataset.cell) {
    setActive(next.dataset.cell);
    next.focus();
  }
}

/** The matrix: a real table, rows grouped by category, header row and first column fixed while scrolling. */
export function MatrixTable({
  groups,
  columns,
  baseline,
  blank,
  collapsed,
  onToggleGroup,
  openKey,
  onOpen,
  narrowWork,
}: Props) {
  const firstKey = groups[0]?.rows[0] ? cellKey(groups[0].rows[0].element.id, columns[0]?.id ?? "") : "";
  const [active, setActive] = useState<string>(openKey ?? firstKey);
  // The cells with a button: a worksheet's blank cells have none, so the keyboard's way in is never one of them.
  const hasButton = (workId: string) => !blank || workId === baseline.id;
  const allKeys = groups.flatMap((g) =>
    collapsed.includes(g.category)
      ? []
      : g.rows.flatMap((r) => r.cells.filter((c) => hasButton(c.work.id)).map((c) => cellKey(r.element.id, c.work.id))),
  );
  const tabStop = allKeys.includes(active) ? active : (allKeys[0] ?? "");
  const narrow = (workId: string) => (workId === narrowWork ? "" : "max-sm:hidden");
  const rowCount = groups.reduce((n, g) => n + g.rows.length, 0);

  return (
    // contain-content: when a filter redraws the rows, the browser lays out and paints this box alone, not the page around it.
    <section
      aria-label="Differences matrix, scrollable"
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the scroll box must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="relative max-h-[75vh] overflow-auto rounded-md border border-slate-300 contain-content print:max-h-none print:overflow-visible print:border-0 print:contain-none"
    >
      {/* Fixed layout from sm up: the columns take their widths from the header row, not from every cell's words, so they hold still while rows come and go (below sm one work column shows, and fixed layout would keep room for the hidden ones). */}
      {/* A grid (the ARIA grid pattern): screen readers in browse mode hand it the arrow keys, which move between cells. */}
      <table
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role -- the ARIA grid pattern: a data table whose cells the arrow keys move between (WAI-ARIA APG "Data Grid")
        role="grid"
        className="w-full min-w-[40rem] border-separate sm:table-fixed border-spacing-0 text-left text-sm max-sm:min-w-0"
        aria-describedby="change-legend"
      >
        <caption className="sr-only">
          Adaptation differences: {rowCount} elements by category; each work's cell compared with the {baseline.medium}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky top-0 left-0 z-30 w-48 border-b-2 border-slate-400 bg-white p-2">
              Element
            </th>
            {columns.map((work) => (
              <th
                key={work.id}
                scope="col"
                className={`sticky top-0 z-20 border-b-2 border-slate-400 bg-white p-2 ${narrow(work.id)}`}
              >
                {capitalize(work.medium)}
                {work.id === baseline.id ? <span className="text-xs font-normal"> (baseline)</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ category, rows }, g) => {
          const folded = collapsed.includes(category);
          const summary = columns
            .filter((w) => w.id !== baseline.id)
            .map((w) => {
              const counts = countChanges(rows, w.id);
              const text = [...counts].map(([c, n]) => `${n} ${CHANGE_LOOK[c].word.toLowerCase()}`).join(", ");
              return `${w.medium}: ${text}`;
            })
            .join(" · ");
          return (
            <tbody key={category}>
              <tr>
                {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- its content (the group's name and counts) is its label */}
                <th
                  scope="rowgroup"
                  colSpan={columns.length + 1}
                  className="border-b border-slate-300 bg-slate-100 p-0 text-left"
                >
                  <div className="sticky left-0 flex flex-wrap items-baseline gap-x-3 p-2">
                    <button
                      type="button"
                      aria-expanded={!folded}
                      onClick={() => onToggleGroup(category)}
                      className="font-semibold print:hidden"
                    >
                      <span aria-hidden="true">{folded ? "▸" : "▾"} </span>
                      {categoryWord(category)} ({rows.length})
                    </button>
                    <span className="hidden font-semibold print:inline">
                      {categoryWord(category)} ({rows.length})
                    </span>
                    <span className="text-xs font-normal text-slate-700">{summary}</span>
                  </div>
                </th>
              </tr>
              {rows.map((row, i) => (
                <tr
                  key={row.element.id}
                  data-timing={g || i ? undefined : "first-row"}
                  className={folded ? "hidden print:table-row" : "align-top"}
                >
                  <th scope="row" className="sticky left-0 z-10 border-b border-slate-200 bg-white p-2 font-semibold">
                    {row.element.name}
                    {row.element.part ? (
                      <span className="block text-xs font-normal text-slate-700">Part {row.element.part}</span>
                    ) : null}
                  </th>
                  {row.cells.map((cell) => {
                    const key = cellKey(row.element.id, cell.work.id);
                    if (!hasButton(cell.work.id))
                      return (
                        <td key={key} className={`h-20 border-b border-slate-200 p-1 ${narrow(cell.work.id)}`}>
                          <span className="sr-only">Left blank</span>
                        </td>
                      );
                    return (
                      <td
                        key={key}
                        id={cellDomId(key)}
                        className={`border-b border-slate-200 p-1 ${narrow(cell.work.id)} ${key === openKey ? "bg-yellow-100 outline-2 outline-yellow-600" : ""}`}
                      >
                        <MatrixCellButton
                          cell={cell}
                          cellId={key}
                          rowId={row.element.id}
                          tabbable={key === tabStop}
                          open={key === openKey}
                          onOpen={() => onOpen(row.element.id, cell.work.id)}
                          onFocus={() => setActive(key)}
                          onKeyDown={(e) => moveFocus(e, setActive)}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}

type CellButtonProps = {
  cell: RowCell;
  cellId: string;
  rowId: string;
  tabbable: boolean;
  open: boolean;
  onOpen: () => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
};

function MatrixCellButton({ cell, cellId, rowId, tabbable, open, onOpen, onFocus, onKeyDown }: CellButtonProps) {
  const [progress] = useProgress();
  const span = cellSpan(cell.cell);
  // Past the reader's progress the cell says only what it would spoil; opening it offers to uncover it.
  const covered = span && isCovered(progress, span) ? spoilerWarning(span, [cell.work]) : undefined;
  return (
    // Skipped while scrolled out of sight past the first screen (index.css, data-skip-offscreen).
    <div data-skip-offscreen className="flex flex-col gap-1">
      <button
        type="button"
        data-cell={cellId}
        data-row={rowId}
        tabIndex={tabbable ? 0 : -1}
        aria-current={open ? "true" : undefined}
        onClick={onOpen}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        className="flex w-full flex-col items-start gap-1 rounded p-1 text-left hover:bg-slate-100"
      >
        {covered ? (
          <span>
            <span aria-hidden="true">◌ </span>
            {covered} Open to uncover
          </span>
        ) : (
          <>
            <CellMarks cell={cell} />
            <span className="line-clamp-3 print:line-clamp-none">
              <MixedText text={cellWords(cell.cell)} />
            </span>
          </>
        )}
      </button>
      {/* Out of the Tab order: the matrix is one Tab stop, its cells reached by the arrows, and an opened cell lists these sources. */}
      {covered ? null : <CellSources cell={cell} tabbable={false} />}
    </div>
  );
}
