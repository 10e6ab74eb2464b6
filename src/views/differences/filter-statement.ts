import { CHANGE_TYPES } from "../../data/schema/vocabularies.ts";
import { ELEMENT_CATEGORIES } from "../../data/schema/vocabularies.ts";
import type { Work } from "../../data/schema/works-file.ts";
import type { MatrixFilter } from "./matrix-model.ts";

const list = (items: string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** The current filter in one sentence, for the screen and the top of a printed handout. */
export function filterStatement(
  f: MatrixFilter & { columns: Pick<Work, "medium">[]; baseline: Pick<Work, "medium">; characterName?: string },
): string {
  const parts = [`${list(f.columns.map((w) => `the ${w.medium}`))}, compared with the ${f.baseline.medium}`];
  if (f.category.length !== ELEMENT_CATEGORIES.length)
    parts.push(`${f.category.length === 1 ? "category" : "categories"}: ${list(f.category)}`);
  if (f.status.length !== CHANGE_TYPES.length)
    parts.push(`rows where a work is ${list(f.status.map((s) => s.replace("-", " ")))}`);
  if (f.characterName) parts.push(`rows about ${f.characterName}`);
  if (f.q) parts.push(`matching “${f.q}”`);
  if (f.only === "differences") parts.push("only rows where the works differ");
  return `Showing ${parts.join("; ")}.`;
}
