/**
 * The closed word lists that group what a page shows under headings: the side-by-side view's aspects
 * and a work page's topics. Apart from vocabularies.ts, which every page has, so that only the views
 * that group by them load them.
 */

/** The aspects the side-by-side view groups elements by, within a story part. */
export const ASPECTS = [
  "main-characters",
  "love-interest",
  "mother",
  "settings",
  "key-events",
  "music",
  "ending",
  "structure",
] as const;
export type Aspect = (typeof ASPECTS)[number];

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
export type Topic = (typeof TOPICS)[number];
