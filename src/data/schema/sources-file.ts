import * as z from "zod/mini";
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

export const Source = z.strictObject({
  id: Id,
  /** What the page is, in our own words. */
  title: Text,
  publisher: Text,
  url: z.url({ protocol: /^https?$/ }),
  language: Language,
  kind: z.enum(SOURCE_KINDS),
  /** A source known to be weak, or known to get something wrong, says so here. */
  caution: z.optional(Text),
});
export type Source = z.infer<typeof Source>;

export const SourcesFile = z.strictObject({ $schema: z.optional(z.string()), sources: z.array(Source) });
export type SourcesFile = z.infer<typeof SourcesFile>;
