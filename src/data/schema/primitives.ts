import * as v from "valibot";

/** Stable public ids: lower-case kebab-case, so `.` and `:` stay free as separators in URLs. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, "an id is lower-case kebab-case: a-z, 0-9 and single hyphens"),
);

/** A date known to the year, the month or the day: "2019", "2019-06", "2019-06-28". */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const PartialDate = v.pipe(v.string(), v.regex(PARTIAL_DATE_PATTERN, "a date is YYYY, YYYY-MM or YYYY-MM-DD"));

/** Prose written for Parallels, in our own words. */
export const Text = v.pipe(
  v.string(),
  v.minLength(1, "text cannot be empty"),
  v.maxLength(600, "text is at most 600 characters"),
);

export const LANGUAGES = ["en", "ko", "ja", "fr", "de", "pl"] as const;
export const Language = v.picklist(LANGUAGES);

/** A name as people meet it: romanised as credited, Hangul where a source gives it. */
export const Name = v.strictObject({
  romanized: v.optional(Text),
  hangul: v.optional(Text),
});

export const SourceIds = v.pipe(v.array(Id), v.minLength(1, "a claim needs at least one source id"));

export const PositiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));
