import * as v from "valibot";
import { SEARCH_KINDS } from "../search-index.ts";
import { Id, Text } from "./primitives.ts";

/** One thing the site search can find, with every name it can be found by (the first is its label's). */
export const SearchItem = v.strictObject({
  kind: v.picklist(SEARCH_KINDS),
  /** The work's, character's, person's, element's or source's id in its data file. */
  id: Id,
  label: Text,
  names: v.array(Text),
  /** A word or two said after the result: a work's medium, an element's category, a source's publisher. */
  detail: Text,
});
export type SearchItem = v.InferOutput<typeof SearchItem>;

/**
 * data/search-index.json, which the build derives from the data files (build/derived-files.ts) so that
 * a search needs one small file rather than all of them.
 */
export const SearchIndexFile = v.strictObject({ items: v.array(SearchItem) });
