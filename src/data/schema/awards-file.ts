import * as z from "zod/mini";
import { claim } from "./claim.ts";
import { Id, PartialDate, Text } from "./primitives.ts";

export const AWARD_RESULTS = ["won", "nominated", "longlisted", "selected", "listed"] as const;
export const AwardResult = z.enum(AWARD_RESULTS);

/** A prize, a nomination, a longlist place or a year-end list entry for one work. */
export const Award = claim(AwardResult, {
  id: Id,
  work: Id,
  /** The prize or list, without its edition: "Blue Dragon Film Awards". */
  ceremony: Text,
  edition: z.optional(z.int().check(z.positive())),
  year: z.int().check(z.gte(1900)),
  date: z.optional(PartialDate),
  category: Text,
  /** People named in the nomination; none means the work itself. */
  nominees: z.array(Id),
  /** Who took the prize instead, where this work did not. */
  winner: z.optional(Text),
});
export type Award = z.infer<typeof Award>;

export const AwardsFile = z.strictObject({ $schema: z.optional(z.string()), awards: z.array(Award) });
export type AwardsFile = z.infer<typeof AwardsFile>;
