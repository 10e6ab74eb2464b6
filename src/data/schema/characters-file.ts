import * as v from "valibot";
import { ROLE_TIERS } from "./vocabularies.ts";
import { claim } from "./claim.ts";
import { Presence } from "./presence.ts";
import { Id, PositiveInt, Text } from "./primitives.ts";

/** A character's name in one work: romanised, with Hangul where a source gives it. */
export const CharacterName = v.strictObject({ romanized: Text, hangul: v.optional(Text) });

/**
 * How one work tells one character: present (the presence text describes them in that work), absent
 * or unknown there; if present, as whom and by whom.
 */
export const Portrayal = v.strictObject({
  work: Id,
  presence: Presence,
  /** The name the character goes by in this work. */
  name: v.optional(claim(CharacterName)),
  /** Other spellings people type for this work's name. */
  aliases: v.optional(v.array(Text)),
  actor: v.optional(claim(Id)),
  /** main (the seed's "Starring" list), supporting (other credited roles) or cameo (a source says so). */
  tier: v.optional(claim(v.picklist(ROLE_TIERS))),
  /** Position in the order the sources list the cast (the infobox first); 1 is first. */
  billing: v.optional(PositiveInt),
  /** Where in the work the character appears, in the work's units, where a source says. */
  appears: v.optional(claim(v.strictObject({ from: PositiveInt, to: PositiveInt }))),
  /** The sourced statement that this work's figure is this character (a rename, a counterpart). */
  identity: v.optional(claim(Text)),
});
export type Portrayal = v.InferOutput<typeof Portrayal>;

/** One character followed across every work: one portrayal per work, in three states of presence. */
export const Character = v.strictObject({
  id: Id,
  /** What the character is called on Parallels when no single work is meant. */
  label: Text,
  /** The parts of the original this character belongs to; none means the whole work. A work telling none of them leaves the character out by construction. */
  parts: v.optional(v.array(PositiveInt)),
  /** Old ids that links may still use. */
  formerIds: v.optional(v.array(Id)),
  portrayals: v.pipe(v.array(Portrayal), v.minLength(1)),
});
export type Character = v.InferOutput<typeof Character>;

export const CharactersFile = v.strictObject({ $schema: v.optional(v.string()), characters: v.array(Character) });
