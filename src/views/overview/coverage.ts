import { adaptedParts, originalWork } from "../../data/parts-told.ts";
import type { Section, Work } from "../../data/schema/works-file.ts";

export type CoverageCell =
  | { kind: "original"; section: Section }
  | { kind: "adapted"; sections: Section[] }
  | { kind: "not-adapted" }
  | { kind: "unrelated" };

export type CoverageRow = { part: Section; number: number; cells: { work: Work; cell: CoverageCell }[] };

/**
 * Which part of the original each work tells: for every part of the work the others are based on,
 * the original itself, the sections that adapt it, or nothing.
 */
export function coverage(works: Work[]): { original: Work; rows: CoverageRow[] } | undefined {
  const original = originalWork(works);
  if (!original) return undefined;
  const rows = original.sections.map((part) => {
    const number = part.units.from;
    const cells = works.map((work): { work: Work; cell: CoverageCell } => {
      if (work.id === original.id) return { work, cell: { kind: "original", section: part } };
      if (work.basedOn !== original.id) return { work, cell: { kind: "unrelated" } };
      const sections = work.sections.filter((s) => adaptedParts(s).includes(number));
      return { work, cell: sections.length ? { kind: "adapted", sections } : { kind: "not-adapted" } };
    });
    return { part, number, cells };
  });
  return { original, rows };
}
