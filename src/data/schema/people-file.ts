import * as v from "valibot";
import { claim } from "./claim.ts";
import { Fact } from "./fact.ts";
import { Id, Text } from "./primitives.ts";

export const Person = v.strictObject({
  id: Id,
  /** The romanised name as credited, with the sources that credit it so. */
  name: claim(Text),
  hangul: v.optional(claim(Text)),
  /** Other spellings people type: romanisations, stage names, names in other scripts. */
  aliases: v.array(Text),
  facts: v.optional(v.array(Fact)),
});
export type Person = v.InferOutput<typeof Person>;

export const PeopleFile = v.strictObject({ $schema: v.optional(v.string()), people: v.array(Person) });
