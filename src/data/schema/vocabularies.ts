/**
 * The closed word lists of the data, apart from the schemas, so views can use them without loading
 * valibot. These are the ones the URL contract reads (url-state/routes.ts), so every page has them;
 * the lists only some views need are in headings.ts.
 */

/**
 * How well a claim is known, kept apart from what it says (product.md, "Data"):
 * confirmed needs two or more sources, single-source exactly one, uncertain marks a weak or
 * unconfirmed source, disputed holds every version with its own sources.
 */
export const CONFIDENCES = ["confirmed", "single-source", "uncertain", "disputed"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const ROLE_TIERS = ["main", "supporting", "cameo"] as const;
export type RoleTier = (typeof ROLE_TIERS)[number];

/** How a work tells an element against the baseline (product.md, "Change types"; change-type.ts). */
export const CHANGE_TYPES = ["kept", "changed", "added", "omitted", "not-adapted", "unknown"] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export const ELEMENT_CATEGORIES = [
  "structure",
  "characters",
  "plot",
  "setting",
  "music",
  "motif",
  "theme",
  "point-of-view",
  "production",
] as const;
export type ElementCategory = (typeof ELEMENT_CATEGORIES)[number];

/** One cell of the matrix, one element in one work, as `<elementId>.<workId>`: the `cell=` parameter and the cell's mark in the page. */
export const cellKey = (elementId: string, workId: string) => `${elementId}.${workId}`;

/** The ids in a cell key, or undefined where it is not two of them. */
export function splitCellKey(key: string): { elementId: string; workId: string } | undefined {
  const [elementId, workId, ...rest] = key.split(".");
  return elementId && workId && !rest.length ? { elementId, workId } : undefined;
}
