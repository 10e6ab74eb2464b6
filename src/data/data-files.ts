import type * as v from "valibot";
import type { DATA_SCHEMAS } from "./data-schemas.ts";

/** Every data file in public/data/. Their schemas are in data-schemas.ts. */
export const DATA_FILES = {
  works: { path: "data/works.json" },
  people: { path: "data/people.json" },
  characters: { path: "data/characters.json" },
  elements: { path: "data/elements.json" },
  awards: { path: "data/awards.json" },
  sources: { path: "data/sources.json" },
} as const;

export type DataFileName = keyof typeof DATA_FILES;
// oxlint-disable-next-line typescript/no-unsafe-type-assertion -- the keys of the literal above, nothing else: TS types Object.keys as string[] since another object may have keys its type does not name
export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];
export type DataOf<N extends DataFileName> = v.InferOutput<(typeof DATA_SCHEMAS)[N]>;

export type Dataset = { [N in DataFileName]: DataOf<N> };
