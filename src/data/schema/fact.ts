import * as v from "valibot";
import { TOPICS } from "./headings.ts";
import { claimWith } from "./claim.ts";
import { Id, Language, Name, PartialDate, Text } from "./primitives.ts";

export const UNITS = [
  "pages",
  "chapters",
  "minutes",
  "episodes",
  "admissions",
  "won",
  "us-dollars",
  "copies",
  "printings",
  "countries",
  "percent",
  "years",
  "candidates",
] as const;

const Amount = v.pipe(v.number(), v.minValue(0));

/** What a fact says: one of a few shapes that every view knows how to write out. */
export const FactValue = v.variant("type", [
  v.strictObject({ type: v.literal("text"), text: Text, lang: v.optional(Language) }),
  v.strictObject({ type: v.literal("date"), date: PartialDate }),
  v.strictObject({ type: v.literal("date-range"), from: PartialDate, to: PartialDate }),
  v.strictObject({
    type: v.literal("quantity"),
    amount: Amount,
    upTo: v.optional(Amount),
    unit: v.picklist(UNITS),
    /** "about 5 years" */
    approximate: v.optional(v.boolean()),
    /** "over 100,000 copies": the amount is a lower bound. */
    atLeast: v.optional(v.boolean()),
  }),
  v.strictObject({ type: v.literal("people"), people: v.pipe(v.array(Id), v.minLength(1)) }),
  v.strictObject({ type: v.literal("names"), names: v.pipe(v.array(Name), v.minLength(1)) }),
]);
export type FactValue = v.InferOutput<typeof FactValue>;

export const Fact = claimWith(FactValue, {
  id: Id,
  topic: v.picklist(TOPICS),
  label: Text,
  /** Shown on the overview card of its work. */
  highlight: v.optional(v.boolean()),
});
export type Fact = v.InferOutput<typeof Fact>;
