import { claimSourceIds } from "../data/claim-parts.ts";
import { cellText, type RowCell } from "../data/element-rows.ts";
import { ChangeBadge } from "./change-badge.tsx";
import { ConfidenceBadge } from "./fact-marks.tsx";
import { MixedText } from "./mixed-text.tsx";
import { SourceLinks } from "./fact-marks.tsx";
import { SpoilerCover } from "./spoiler-cover.tsx";

/** The words of a cell on screen: what the work does, or why there is nothing to say. */
export function cellWords(cell: RowCell["cell"]): string {
  if (cell === "not-adapted") return "This part of the story is not in the work.";
  if (cell.state === "unknown") return cell.note ? `Not known: ${cell.note}` : "Not known.";
  return cellText(cell);
}

/** The marks of a cell: its change type against the baseline (icon and word) and how well it is known. */
export function CellMarks({ cell }: { cell: RowCell }) {
  const c = cell.cell;
  return (
    <span className="flex flex-wrap gap-1">
      <ChangeBadge change={cell.change} />
      {c !== "not-adapted" && c.state !== "unknown" ? <ConfidenceBadge confidence={c.confidence} /> : null}
    </span>
  );
}

/** A cell's sources, where it has any. */
export function CellSources({ cell, tabbable }: { cell: RowCell; tabbable?: boolean }) {
  const c = cell.cell;
  const ids = c === "not-adapted" ? [] : claimSourceIds(c);
  return ids.length ? <SourceLinks ids={ids} tabbable={tabbable} /> : null;
}

/** Where in its work a cell belongs, for the spoiler guard. */
export const cellSpan = (cell: RowCell["cell"]) =>
  cell === "not-adapted" || cell.state === "unknown" ? undefined : cell.span;

/** A whole cell, for reading rather than opening: marks, full text, sources; covered past the reader's progress. */
export function ElementCell({ cell }: { cell: RowCell }) {
  return (
    <SpoilerCover span={cellSpan(cell.cell)}>
      <div className="flex flex-col gap-1">
        <CellMarks cell={cell} />
        <span>
          <MixedText text={cellWords(cell.cell)} />
        </span>
        <CellSources cell={cell} />
      </div>
    </SpoilerCover>
  );
}
