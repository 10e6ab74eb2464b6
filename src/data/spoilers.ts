import type { Work } from "./schema/works-file.ts";

/** Where a claim belongs in its work, in the work's own units (claim.ts `Span`). */
export type SpoilerSpan = { work: string; from: number; to: number };
/** How far a reader has got in each work, by work id (`progress=novel:2,film:0,series:4`); null: no guard. */
export type ReadingProgress = Record<string, number> | null;
/** What a span's words need of its work. */
type SpanWork = Pick<Work, "id" | "medium" | "units">;

/**
 * Whether the guard covers a claim (product.md, "Spoilers"): with no progress nothing is covered;
 * with one, a claim shows once the reader has reached the end of its span. A work left out of the
 * progress counts as not yet started.
 */
export function isCovered(progress: ReadingProgress, span: SpoilerSpan | undefined): boolean {
  if (!progress || !span) return false;
  return (progress[span.work] ?? 0) < span.to;
}

/** What a covered claim would spoil, in words: "the series, episodes 3–4", "the novel, part 2", "the film". */
export function spanLabel(span: SpoilerSpan, works: readonly SpanWork[]): string {
  const work = works.find((w) => w.id === span.work);
  if (!work) return span.work;
  if (work.units.kind === "film") return `the ${work.medium}`;
  const range = span.from === span.to ? `${span.from}` : `${span.from}–${span.to}`;
  return `the ${work.medium}, ${work.units.kind}${span.from === span.to ? "" : "s"} ${range}`;
}

/** The words that stand in for a covered claim. */
export function spoilerWarning(span: SpoilerSpan, works: readonly SpanWork[]): string {
  return `Spoiler for ${spanLabel(span, works)}, past your progress.`;
}
