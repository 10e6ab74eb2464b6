import { CHANGE_TYPES } from "../../data/change-type.ts";
import { ELEMENT_CATEGORIES } from "../../data/schema/vocabularies.ts";
import { idList, listOf, oneOf, text } from "../../url-state/fields.ts";
import { LESSON_SEARCH } from "../../url-state/search-schema.ts";

/**
 * The matrix's parameters: product.md's URL contract, plus `collapsed` for folded category groups
 * and `character` for the rows about one character (a lesson on Jaehee's story, say).
 */
export const DIFFERENCES_SEARCH = {
  works: idList(),
  baseline: text(),
  category: listOf(ELEMENT_CATEGORIES, ELEMENT_CATEGORIES),
  status: listOf(CHANGE_TYPES, CHANGE_TYPES),
  q: text(),
  only: oneOf(["all", "differences"], "all"),
  cell: text(),
  collapsed: listOf(ELEMENT_CATEGORIES, []),
  character: text(),
  ...LESSON_SEARCH,
};
