import * as z from "zod/mini";
import { claim } from "./claim.ts";
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

/** What a fact says: one of a few shapes that every view knows how to write out. */
export const FactValue = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("text"), text: Text, lang: z.optional(Language) }),
  z.strictObject({ type: z.literal("date"), date: PartialDate }),
  z.strictObject({ type: z.literal("date-range"), from: PartialDate, to: PartialDate }),
  z.strictObject({
    type: z.literal("quantity"),
    amount: z.number().check(z.nonnegative()),
    upTo: z.optional(z.number().check(z.nonnegative())),
    unit: z.enum(UNITS),
    approximate: z.optional(z.boolean()),
  }),
  z.strictObject({ type: z.literal("people"), people: z.array(Id).check(z.minLength(1)) }),
  z.strictObject({ type: z.literal("names"), names: z.array(Name).check(z.minLength(1)) }),
]);
export type FactValue = z.infer<typeof FactValue>;

/** The headings a work's facts are grouped under, in the order a work page shows them. */
export const TOPICS = [
  "titles",
  "credits",
  "publication",
  "editions",
  "translation",
  "release",
  "festivals",
  "format",
  "production",
  "distribution",
  "reception",
] as const;
export const Topic = z.enum(TOPICS);

export const Fact = claim(FactValue, {
  id: Id,
  topic: Topic,
  label: Text,
  /** Shown on the overview card of its work. */
  highlight: z.optional(z.boolean()),
});
export type Fact = z.infer<typeof Fact>;
