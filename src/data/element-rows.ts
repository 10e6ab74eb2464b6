import { cellOf, changeType, type ChangeType } from "./change-type.ts";
import { originalWork } from "./parts-told.ts";
import type { Cell, Element } from "./schema/elements-file.ts";
import type { Work } from "./schema/works-file.ts";

/** One work's cell for an element, with its change type against the baseline ("baseline" in the baseline's own column). */
export type RowCell = { work: Work; cell: Cell | "not-adapted"; change: ChangeType | "baseline" };
export type ElementRow = { element: Element; cells: RowCell[] };
export type Ignored = { name: string; reason: string };

/**
 * The columns asked for (`works=`, in that order; all works when none is usable) and the baseline
 * (`baseline=`, the original by default), which is always shown: it is added in front when missing.
 */
export function resolveColumns(
  all: Work[],
  requested: string[],
  baselineId: string,
): { columns: Work[]; baseline: Work; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  const byId = new Map(all.map((w) => [w.id, w]));
  const unknown = requested.filter((id) => !byId.has(id));
  if (unknown.length)
    ignored.push({ name: "works", reason: `no work called ${unknown.map((u) => `"${u}"`).join(", ")}` });
  const asked = requested.flatMap((id) => byId.get(id) ?? []);
  const fallback = originalWork(all) ?? all[0];
  if (!fallback) throw new Error("works.json holds no work");
  let baseline = fallback;
  if (baselineId) {
    const found = byId.get(baselineId.trim().toLowerCase());
    if (found) baseline = found;
    else ignored.push({ name: "baseline", reason: `no work called "${baselineId.slice(0, 40)}"` });
  }
  const columns = asked.length ? asked : all;
  return { columns: columns.includes(baseline) ? columns : [baseline, ...columns], baseline, ignored };
}

/** Every element as a row, each column's cell with its change type against the baseline. */
export function buildRows(elements: Element[], columns: Work[], baseline: Work, all: Work[]): ElementRow[] {
  return elements.map((element) => ({
    element,
    cells: columns.map((work) => ({
      work,
      cell: cellOf(element, work, all),
      change: work.id === baseline.id ? "baseline" : changeType(element, work, baseline, all),
    })),
  }));
}

/** The words of a cell: its text, every version, its note. */
export function cellText(cell: Cell | "not-adapted"): string {
  if (cell === "not-adapted") return "";
  if (cell.state === "unknown") return cell.note ?? "";
  const values = cell.confidence === "disputed" ? cell.versions.map((v) => v.value) : [cell.value];
  return [...values, cell.note ?? ""].join(" ");
}

/** Whether the shown works tell an element the same way: one variant everywhere, or left out everywhere. */
export function agree(row: ElementRow): boolean {
  const keys = row.cells.map(({ cell }) =>
    cell === "not-adapted" ? "absent" : cell.state === "present" ? `variant:${cell.variant}` : cell.state,
  );
  return !keys.includes("unknown") && new Set(keys).size === 1;
}
