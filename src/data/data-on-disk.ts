// Node only (scripts and tests): the data files as they are in public/data/, never bundled for the browser.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { DATA_FILE_NAMES, dataPath, type DataFileName, type Dataset } from "./data-files.ts";
import { DATA_SCHEMAS } from "./data-schemas.ts";

const pathOf = (name: DataFileName) => join(process.cwd(), "public", dataPath(name));

/** Each file's text, or undefined where the file is missing: for validation, which reports both. */
export function readRawDataFiles(): Record<string, string | undefined> {
  return Object.fromEntries(
    DATA_FILE_NAMES.map((name) => [name, existsSync(pathOf(name)) ? readFileSync(pathOf(name), "utf8") : undefined]),
  );
}

/** Every file parsed with its schema; throws on the first invalid file (run validate:data for all problems). */
const read = <N extends DataFileName>(name: N) =>
  v.parse(DATA_SCHEMAS[name], JSON.parse(readFileSync(pathOf(name), "utf8")));

export function readDataset(): Dataset {
  // In DATA_FILE_NAMES' order: the first invalid file is the one reported.
  return {
    works: read("works"),
    people: read("people"),
    characters: read("characters"),
    elements: read("elements"),
    awards: read("awards"),
    sources: read("sources"),
  };
}
