import type * as v from "valibot";
import { AwardsFile } from "./schema/awards-file.ts";
import { CharactersFile } from "./schema/characters-file.ts";
import { ElementsFile } from "./schema/elements-file.ts";
import { PeopleFile } from "./schema/people-file.ts";
import { SourcesFile } from "./schema/sources-file.ts";
import { WorksFile } from "./schema/works-file.ts";

/** Every data file in public/data/, with the one schema it must satisfy. */
export const DATA_FILES = {
  works: { path: "data/works.json", schema: WorksFile },
  people: { path: "data/people.json", schema: PeopleFile },
  characters: { path: "data/characters.json", schema: CharactersFile },
  elements: { path: "data/elements.json", schema: ElementsFile },
  awards: { path: "data/awards.json", schema: AwardsFile },
  sources: { path: "data/sources.json", schema: SourcesFile },
} as const;

export type DataFileName = keyof typeof DATA_FILES;
export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];
export type DataOf<N extends DataFileName> = v.InferOutput<(typeof DATA_FILES)[N]["schema"]>;

export type Dataset = { [N in DataFileName]: DataOf<N> };
