import * as v from "valibot";
import { claim, claimWith } from "./claim.ts";
import { Fact } from "./fact.ts";
import { Id, PartialDate, PositiveInt, Text } from "./primitives.ts";

export const MEDIA = ["novel", "film", "series"] as const;

/** The units a work is read or watched in: the spoiler guard and the sections count in them. */
export const UNIT_KINDS = ["part", "film", "episode"] as const;

export const UnitRange = v.strictObject({ from: PositiveInt, to: PositiveInt });

/** A part of the novel, the film as a whole, or a two-episode segment of the series. */
export const Section = v.strictObject({
  id: Id,
  units: UnitRange,
  titleEn: v.optional(claim(Text)),
  titleKo: v.optional(claim(Text)),
  /** The parts of the work this one is based on that the section tells. */
  adapts: v.optional(claim(v.pipe(v.array(PositiveInt), v.minLength(1)))),
  directors: v.optional(claim(v.pipe(v.array(Id), v.minLength(1)))),
  facts: v.array(Fact),
});
export type Section = v.InferOutput<typeof Section>;

/**
 * Topics a reader or a teacher may want warning of before a view shows them. Here, not in
 * vocabularies.ts: no view reads the list, and there it was in every view's first load.
 */
export const CONTENT_TOPICS = [
  "suicide",
  "self-harm",
  "abortion",
  "hiv",
  "conversion-therapy",
  "violence",
  "sexual-violence",
  "homophobia",
  "family-rejection",
  "illness",
  "sex",
  "drugs",
  "age-restriction",
] as const;

/** A sourced warning about what a work deals with. */
export const ContentNote = claimWith(Text, { topics: v.pipe(v.array(v.picklist(CONTENT_TOPICS)), v.minLength(1)) });
export type ContentNote = v.InferOutput<typeof ContentNote>;

export const Work = v.strictObject({
  id: Id,
  medium: v.picklist(MEDIA),
  /** The English title, as the work is known in English. */
  title: Text,
  /** The work this one adapts, if any. */
  basedOn: v.optional(Id),
  summary: claim(Text),
  units: v.strictObject({ kind: v.picklist(UNIT_KINDS), count: PositiveInt }),
  sections: v.pipe(v.array(Section), v.minLength(1)),
  facts: v.array(Fact),
  contentNotes: v.optional(v.array(ContentNote)),
});
export type Work = v.InferOutput<typeof Work>;

export const WorksFile = v.strictObject({
  $schema: v.optional(v.string()),
  /** When the data was last checked against the sources. */
  checked: PartialDate,
  works: v.pipe(v.array(Work), v.minLength(1)),
});
