import * as z from "zod/mini";
import { claim } from "./claim.ts";
import { Fact } from "./fact.ts";
import { Id, PartialDate, Text } from "./primitives.ts";

export const MEDIA = ["novel", "film", "series"] as const;

/** The units a work is read or watched in: the spoiler guard and the sections count in them. */
export const UNIT_KINDS = ["part", "film", "episode"] as const;

export const UnitRange = z.strictObject({ from: z.int().check(z.positive()), to: z.int().check(z.positive()) });
export type UnitRange = z.infer<typeof UnitRange>;

/** A part of the novel, the film as a whole, or a two-episode segment of the series. */
export const Section = z.strictObject({
  id: Id,
  units: UnitRange,
  titleEn: z.optional(claim(Text)),
  titleKo: z.optional(claim(Text)),
  /** The parts of the work this one is based on that the section tells. */
  adapts: z.optional(claim(z.array(z.int().check(z.positive())).check(z.minLength(1)))),
  directors: z.optional(claim(z.array(Id).check(z.minLength(1)))),
  facts: z.array(Fact),
});
export type Section = z.infer<typeof Section>;

export const Work = z.strictObject({
  id: Id,
  medium: z.enum(MEDIA),
  /** The English title, as the work is known in English. */
  title: Text,
  /** The work this one adapts, if any. */
  basedOn: z.optional(Id),
  summary: claim(Text),
  units: z.strictObject({ kind: z.enum(UNIT_KINDS), count: z.int().check(z.positive()) }),
  sections: z.array(Section).check(z.minLength(1)),
  facts: z.array(Fact),
});
export type Work = z.infer<typeof Work>;

export const WorksFile = z.strictObject({
  $schema: z.optional(z.string()),
  /** When the data was last checked against the sources. */
  checked: PartialDate,
  works: z.array(Work).check(z.minLength(1)),
});
export type WorksFile = z.infer<typeof WorksFile>;
