import { splitCellKey } from "../../data/schema/vocabularies.ts";
import type { ChangeType } from "../../data/schema/vocabularies.ts";
import { agree, cellText, type ElementRow } from "../../data/element-rows.ts";
import type { Element } from "../../data/schema/elements-file.ts";
import { ELEMENT_CATEGORIES, type ElementCategory } from "../../data/schema/vocabularies.ts";
import type { Work } from "../../data/schema/works-file.ts";
import type { IgnoredParam } from "../../url-state/search-schema.ts";

export type MatrixFilter = {
  category: ElementCategory[];
  status: ChangeType[];
  q: string;
  only: "all" | "differences";
  character?: string;
};

const fold = (text: string) => text.normalize("NFC").toLowerCase();

// Each row's searchable words, worked out once per row: a filter then costs one `includes` per row.
const searchText = new WeakMap<ElementRow, string>();
function wordsOf(row: ElementRow): string {
  let text = searchText.get(row);
  if (text === undefined) {
    text = fold([row.element.name, ...row.cells.map((c) => cellText(c.cell))].join(" "));
    searchText.set(row, text);
  }
  return text;
}

export function filterRows(rows: ElementRow[], filter: MatrixFilter): ElementRow[] {
  const query = fold(filter.q.trim());
  const allStatuses = filter.status.length === 0 || filter.status.length === 6;
  return rows.filter((row) => {
    if (!filter.category.includes(row.element.category)) return false;
    if (!allStatuses && !row.cells.some((c) => c.change !== "baseline" && filter.status.includes(c.change)))
      return false;
    if (filter.only === "differences" && agree(row)) return false;
    if (filter.character && !row.element.characters?.includes(filter.character)) return false;
    if (query && !wordsOf(row).includes(query)) return false;
    return true;
  });
}

/** Rows grouped by category, in the categories' fixed order, leaving out empty groups. */
export function groupRows(rows: ElementRow[]): { category: ElementCategory; rows: ElementRow[] }[] {
  return ELEMENT_CATEGORIES.map((category) => ({
    category,
    rows: rows.filter((r) => r.element.category === category),
  })).filter((g) => g.rows.length > 0);
}

/** How many rows of each change type one column has. */
export function countChanges(rows: ElementRow[], workId: string): Map<ChangeType, number> {
  const counts = new Map<ChangeType, number>();
  for (const row of rows) {
    const change = row.cells.find((c) => c.work.id === workId)?.change;
    if (change && change !== "baseline") counts.set(change, (counts.get(change) ?? 0) + 1);
  }
  return counts;
}

/** Reads `cell=<elementId>.<workId>`; an id that is not in the data is reported, not obeyed. */
export function resolveOpenCell(
  raw: string,
  elements: Element[],
  columns: Work[],
): { open?: { element: Element; work: Work }; ignored?: IgnoredParam } {
  if (!raw) return {};
  const ids = splitCellKey(raw);
  const element = elements.find((e) => e.id === ids?.elementId);
  const work = columns.find((w) => w.id === ids?.workId);
  if (!element || !work)
    return {
      ignored: { name: "cell", reason: `"${raw.slice(0, 60)}" names no cell shown here (expected element.work)` },
    };
  return { open: { element, work } };
}
