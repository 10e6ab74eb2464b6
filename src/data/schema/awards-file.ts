import * as v from "valibot";
import { claimWith } from "./claim.ts";
import { Id, PartialDate, PositiveInt, Text } from "./primitives.ts";

export const AWARD_RESULTS = ["won", "nominated", "longlisted", "selected", "listed"] as const;
export type AwardResult = (typeof AWARD_RESULTS)[number];

/** A prize, a nomination, a longlist place or a year-end list entry for one work. */
export const Award = claimWith(v.picklist(AWARD_RESULTS), {
  id: Id,
  work: Id,
  /** The prize or list, without its edition: "Blue Dragon Film Awards". */
  ceremony: Text,
  edition: v.optional(PositiveInt),
  year: v.pipe(v.number(), v.integer(), v.minValue(1900)),
  date: v.optional(PartialDate),
  category: Text,
  /** People named in the nomination; none means the work itself. */
  nominees: v.array(Id),
  /** Who took the prize instead, where this work did not. */
  winner: v.optional(Text),
});
export type Award = v.InferOutput<typeof Award>;

export const AwardsFile = v.strictObject({ $schema: v.optional(v.string()), awards: v.array(Award) });
