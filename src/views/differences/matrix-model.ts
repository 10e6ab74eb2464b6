import { cellOf, changeType, type ChangeType } from "../../data/change-type.ts";
import { originalWork } from "../../data/parts-told.ts";
import { ELEMENT_CATEGORIES, type Cell, type Element, type ElementCategory } from "../../data/schema/elements-file.ts";
import type { Work } from "../../data/schema/works-file.ts";
import type { IgnoredParam } from "../../url-state/search-schema.ts";

export type MatrixCell = { work: Work; cell: Cell | "not-adapted"; change: ChangeType | "baseline" };
export type MatrixRow = { element: Element; cells: MatrixCell[] };
export type MatrixFilter = { category: ElementCategory[]; status: ChangeType[]; q: string; only: "all" | "differences" };

/**
 * The columns asked for (`works=`, in that order; all works when none is usable) and the baseline
 * (`baseline=`, the original by default), which is always shown: it is added in front when missing.
 */
export function resolveColumns(all: Work[], requested: string[], baselineId: string): { columns: Work[]; baseline: Work; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const byId = new Map(all.map((w) => [w.id, w]));
  const unknown = requested.filter((id) => !byId.has(id));
  if (unknown.length) ignored.push({ name: "works", reason: `no work called ${unknown.map((u) => `"${u}"`).join(", ")}` });
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
export function buildRows(elements: Element[], columns: Work[], baseline: Work, all: Work[]): MatrixRow[] {
  return elements.map((element) => ({
    element,
    cells: columns.map((work) => ({
      work,
      cell: cellOf(element, work, all),
      change: work.id === baseline.id ? "baseline" : changeType(element, work, baseline, all),
    })),
  }));
}

/** The words of a cell that a search looks in: its text, every version, its note. */
export function cellText(cell: Cell | "not-adapted"): string {
  if (cell === "not-adapted") return "";
  if (cell.state === "unknown") return cell.note ?? "";
  const values = cell.confidence === "disputed" ? cell.versions.map((v) => v.value) : [cell.value];
  return [...values, cell.note ?? ""].join(" ");
}

/** Whether the shown works tell an element the same way: one variant everywhere, or left out everywhere. */
export function agree(row: MatrixRow): boolean {
  const keys = row.cells.map(({ cell }) => (cell === "not-adapted" ? "absent" : cell.state === "present" ? `variant:${cell.variant}` : cell.state));
  return !keys.includes("unknown") && new Set(keys).size === 1;
}

const fold = (text: string) => text.normalize("NFC").toLowerCase();

export function filterRows(rows: MatrixRow[], filter: MatrixFilter): MatrixRow[] {
  const query = fold(filter.q.trim());
  const allStatuses = filter.status.length === 0 || filter.status.length === 6;
  return rows.filter((row) => {
    if (!filter.category.includes(row.element.category)) return false;
    if (!allStatuses && !row.cells.some((c) => c.change !== "baseline" && filter.status.includes(c.change))) return false;
    if (filter.only === "differences" && agree(row)) return false;
    if (query && !fold([row.element.name, ...row.cells.map((c) => cellText(c.cell))].join(" ")).includes(query)) return false;
    return true;
  });
}

/** Rows grouped by category, in the categories' fixed order, leaving out empty groups. */
export function groupRows(rows: MatrixRow[]): { category: ElementCategory; rows: MatrixRow[] }[] {
  return ELEMENT_CATEGORIES.map((category) => ({ category, rows: rows.filter((r) => r.element.category === category) })).filter((g) => g.rows.length > 0);
}

/** How many rows of each change type one column has. */
export function countChanges(rows: MatrixRow[], workId: string): Partial<Record<ChangeType, number>> {
  const counts: Partial<Record<ChangeType, number>> = {};
  for (const row of rows) {
    const change = row.cells.find((c) => c.work.id === workId)?.change;
    if (change && change !== "baseline") counts[change] = (counts[change] ?? 0) + 1;
  }
  return counts;
}

/** Reads `cell=<elementId>.<workId>`; an id that is not in the data is reported, not obeyed. */
export function resolveOpenCell(raw: string, elements: Element[], columns: Work[]): { open?: { element: Element; work: Work }; ignored?: IgnoredParam } {
  if (!raw) return {};
  const [elementId, workId, ...rest] = raw.split(".");
  const element = elements.find((e) => e.id === elementId);
  const work = columns.find((w) => w.id === workId);
  if (rest.length || !element || !work)
    return { ignored: { name: "cell", reason: `"${raw.slice(0, 60)}" names no cell shown here (expected element.work)` } };
  return { open: { element, work } };
}
