import { cellOf, changeType } from "./change-type.ts";
import type { ChangeType } from "./schema/vocabularies.ts";
import { originalWork } from "./parts-told.ts";
import type { Cell, Element } from "./schema/elements-file.ts";
import type { Work } from "./schema/works-file.ts";

/** One work's cell for an element, with its change type against the baseline ("baseline" in the baseline's own column). */
export type RowCell = { work: Work; cell: Cell | "not-adapted"; change: ChangeType | "baseline" };
export type ElementRow = { element: Element; cells: RowCell[] };
export type Ignored = { name: string; reason: string };

/** The works `works=` asks for that exist, in its order; all works when none does. */
const shownWorks = (all: Work[], requested: string[]): Work[] => {
  const byId = new Map(all.map((w) => [w.id, w]));
  const asked = requested.flatMap((id) => byId.get(id) ?? []);
  return asked.length ? asked : all;
};

/**
 * The baseline when `baseline=` says none: the original (the novel) when it is shown, else the first
 * shown work. So `works=film,series` compares the series with the film, and adds no column.
 */
export function defaultBaselineId(all: Work[], requested: string[]): string {
  const shown = shownWorks(all, requested);
  const original = originalWork(all);
  const baseline = original && shown.includes(original) ? original : shown[0];
  if (!baseline) throw new Error("works.json holds no work");
  return baseline.id;
}

/**
 * The columns asked for (`works=`, in that order; all works when none is usable) and the baseline
 * (`baseline=`, else defaultBaselineId), which is always shown: it is added in front when missing.
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
  const columns = shownWorks(all, requested);
  let baseline = byId.get(defaultBaselineId(all, requested))!;
  if (baselineId) {
    const found = byId.get(baselineId.trim().toLowerCase());
    if (found) baseline = found;
    else ignored.push({ name: "baseline", reason: `no work called "${baselineId.slice(0, 40)}"` });
  }
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
