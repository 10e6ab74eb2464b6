import { tellsAny } from "./parts-told.ts";
import type { Cell, Element } from "./schema/elements-file.ts";
import type { Work } from "./schema/works-file.ts";
import type { ChangeType } from "./schema/vocabularies.ts";

/** A work's cell for an element; "not-adapted" when the work does not tell the element's part at all. */
export function cellOf(element: Element, work: Work, works: Work[]): Cell | "not-adapted" {
  if (!tellsAny(work, works, element.part === undefined ? undefined : [element.part])) return "not-adapted";
  return element.cells.find((c) => c.work === work.id) ?? { work: work.id, state: "unknown" };
}

/**
 * How `work` tells an element compared with `baseline` (product.md, "Change types"): the same
 * variant is kept, another variant changed; present against absent is added or omitted; a work that
 * does not tell the part is not adapted; where either side has no sourced cell, unknown. Two works
 * that both leave it out agree, so that is kept.
 */
export function changeType(element: Element, work: Work, baseline: Work, works: Work[]): ChangeType {
  const cell = cellOf(element, work, works);
  if (cell === "not-adapted") return "not-adapted";
  if (cell.state === "unknown") return "unknown";
  const base = cellOf(element, baseline, works);
  const baseState = base === "not-adapted" ? "absent" : base.state;
  if (baseState === "unknown") return "unknown";
  if (cell.state === "absent") return baseState === "absent" ? "kept" : "omitted";
  if (baseState === "absent") return "added";
  return base !== "not-adapted" && base.state === "present" && base.variant === cell.variant ? "kept" : "changed";
}
