import type * as v from "valibot";
import type { DATA_SCHEMAS } from "./data-schemas.ts";

/** Every data file, each in public/ at its dataPath. Their schemas are in data-schemas.ts. */
export const DATA_FILE_NAMES = ["works", "people", "characters", "elements", "awards", "sources"] as const;
export type DataFileName = (typeof DATA_FILE_NAMES)[number];

/**
 * The files the build derives from the data files, served beside them (build/derived-files.ts writes
 * them, and the dev server answers for them): never edited by hand.
 */
export const DERIVED_FILE_NAMES = ["search-index"] as const;
export type DerivedFileName = (typeof DERIVED_FILE_NAMES)[number];

/** Every file the app reads from data/: the data files and the files derived from them. */
export type ServedFileName = DataFileName | DerivedFileName;

/** Where a file is served, under the base path: a data file is there in public/ too. */
export const dataPath = (name: ServedFileName) => `data/${name}.json`;

export type DataOf<N extends ServedFileName> = v.InferOutput<(typeof DATA_SCHEMAS)[N]>;

export type Dataset = { [N in DataFileName]: DataOf<N> };
