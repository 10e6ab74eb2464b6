import { adaptedParts, originalWork } from "../../data/parts-told.ts";
import type { ElementRow } from "../../data/element-rows.ts";
import { ASPECTS, type Aspect } from "../../data/schema/headings.ts";
import type { Fact } from "../../data/schema/fact.ts";
import type { Topic } from "../../data/schema/headings.ts";
import type { Section, Work } from "../../data/schema/works-file.ts";

/** Who tells a story part in one work: its own sections that adapt the part; none means not adapted. */
export type Teller = { work: Work; sections: Section[] };
/** A story part (or the work as a whole) with what each shown work does with it, by aspect. */
export type PartBlock = {
  part: number | undefined;
  partSection: Section | undefined;
  tellers: Teller[];
  aspects: { aspect: Aspect; rows: ElementRow[] }[];
};

function tellersOf(part: number, columns: Work[], original: Work): Teller[] {
  return columns.map((work) => ({
    work,
    sections:
      work.id === original.id
        ? work.sections.filter((s) => s.units.from === part)
        : work.basedOn === original.id
          ? work.sections.filter((s) => adaptedParts(s).includes(part))
          : [],
  }));
}

const byAspect = (rows: ElementRow[]) =>
  ASPECTS.map((aspect) => ({ aspect, rows: rows.filter((r) => r.element.aspect === aspect) })).filter(
    (g) => g.rows.length > 0,
  );

/**
 * The elements aligned by story part, as in a synopsis of parallel texts: first the work as a whole,
 * then each part of the original with the sections that tell it in every shown work (the film tells
 * part 1 only; the series one part per two-episode segment), and within each part, by aspect.
 */
export function alignByPart(rows: ElementRow[], columns: Work[], all: Work[]): PartBlock[] {
  const original = originalWork(all);
  if (!original) return [];
  const whole = rows.filter((r) => r.element.part === undefined);
  const blocks: PartBlock[] = whole.length
    ? [{ part: undefined, partSection: undefined, tellers: [], aspects: byAspect(whole) }]
    : [];
  for (const partSection of original.sections) {
    const part = partSection.units.from;
    blocks.push({
      part,
      partSection,
      tellers: tellersOf(part, columns, original),
      aspects: byAspect(rows.filter((r) => r.element.part === part)),
    });
  }
  return blocks;
}

/** The rows of the works-level comparison: which topics, and which of each work's facts under them. */
export const WORK_ROWS: { label: string; topics: Topic[]; highlightedOnly: boolean }[] = [
  { label: "Format and length", topics: ["format"], highlightedOnly: false },
  { label: "Creators", topics: ["credits"], highlightedOnly: true },
  { label: "Release", topics: ["publication", "festivals", "release"], highlightedOnly: true },
  { label: "Reception and figures", topics: ["reception"], highlightedOnly: false },
];

export function workFacts(work: Work, row: (typeof WORK_ROWS)[number]): Fact[] {
  return work.facts.filter((f) => row.topics.includes(f.topic) && (!row.highlightedOnly || f.highlight));
}
