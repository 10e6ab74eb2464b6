import type { Section, Work } from "./schema/works-file.ts";

/** The work the others adapt: the one some other work is based on. */
export function originalWork(works: Work[]): Work | undefined {
  return works.find((w) => works.some((other) => other.basedOn === w.id));
}

/** Every part of the original a section tells, across all versions where the sources disagree. */
export function adaptedParts(section: Section): number[] {
  const adapts = section.adapts;
  if (!adapts) return [];
  return adapts.confidence === "disputed" ? adapts.versions.flatMap((v) => v.value) : adapts.value;
}

/** The parts of the original a work tells: all of them for the original, what its sections adapt for an adaptation. */
export function partsTold(work: Work, works: Work[]): Set<number> {
  const original = originalWork(works);
  if (!original) return new Set();
  if (work.id === original.id) return new Set(original.sections.map((s) => s.units.from));
  if (work.basedOn !== original.id) return new Set();
  return new Set(work.sections.flatMap(adaptedParts));
}

/** Whether a work tells any of these parts; no parts means the work as a whole, which every work tells. */
export function tellsAny(work: Work, works: Work[], parts: number[] | undefined): boolean {
  if (!parts || parts.length === 0) return true;
  const told = partsTold(work, works);
  return parts.some((p) => told.has(p));
}
