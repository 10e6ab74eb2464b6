import * as v from "valibot";
import { ASPECTS } from "./headings.ts";
import { ELEMENT_CATEGORIES } from "./vocabularies.ts";
import { claimWith } from "./claim.ts";
import { Id, PositiveInt, SourceIds, Text } from "./primitives.ts";

/**
 * What one work does with one element. A present cell says what the work does and names its
 * variant (cells telling it the same way share one); an absent cell says, with sources, that the
 * work leaves it out; an unknown cell says no source was found. A work that does not tell the
 * element's story part at all has no cell: it is "not adapted" by construction.
 */
export const Cell = v.variant("state", [
  claimWith(Text, { work: Id, state: v.literal("present"), variant: Id }),
  claimWith(Text, { work: Id, state: v.literal("absent") }),
  v.strictObject({ work: Id, state: v.literal("unknown"), note: v.optional(Text), noteSources: v.optional(SourceIds) }),
]);
// The same three states as Presence, with the work named and, when present, the variant.
export type Cell = v.InferOutput<typeof Cell>;

export const Element = v.strictObject({
  id: Id,
  name: Text,
  category: v.picklist(ELEMENT_CATEGORIES),
  /** The part of the original work this belongs to; absent for the work as a whole. */
  part: v.optional(PositiveInt),
  aspect: v.picklist(ASPECTS),
  /** A question for a class discussing this row, in projector mode. Not a claim: it states no fact of its own. */
  prompt: Text,
  /** Characters this element concerns, for their pages. */
  characters: v.optional(v.array(Id)),
  cells: v.pipe(v.array(Cell), v.minLength(1)),
});
export type Element = v.InferOutput<typeof Element>;

export const ElementsFile = v.strictObject({ $schema: v.optional(v.string()), elements: v.array(Element) });
