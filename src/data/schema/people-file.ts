import * as z from "zod/mini";
import { claim } from "./claim.ts";
import { Fact } from "./fact.ts";
import { Id, Text } from "./primitives.ts";

export const Person = z.strictObject({
  id: Id,
  /** The romanised name as credited, with the sources that credit it so. */
  name: claim(Text),
  hangul: z.optional(claim(Text)),
  /** Other spellings people type: romanisations, stage names, names in other scripts. */
  aliases: z.array(Text),
  facts: z.optional(z.array(Fact)),
});
export type Person = z.infer<typeof Person>;

export const PeopleFile = z.strictObject({ $schema: z.optional(z.string()), people: z.array(Person) });
export type PeopleFile = z.infer<typeof PeopleFile>;
