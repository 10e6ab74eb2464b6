import * as v from "valibot";
import { Id, Language, Text } from "./primitives.ts";

export const SOURCE_KINDS = [
  "seed",
  "encyclopedia",
  "publisher",
  "catalogue",
  "bookshop",
  "press",
  "review",
  "blog",
  "interview",
  "other",
] as const;

export const Source = v.strictObject({
  id: Id,
  /** What the page is, in our own words. */
  title: Text,
  publisher: Text,
  url: v.pipe(v.string(), v.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/, "a source's url is an http(s) address")),
  language: Language,
  kind: v.picklist(SOURCE_KINDS),
  /** A source known to be weak, or known to get something wrong, says so here. */
  caution: v.optional(Text),
});
export type Source = v.InferOutput<typeof Source>;

export const SourcesFile = v.strictObject({ $schema: v.optional(v.string()), sources: v.array(Source) });
