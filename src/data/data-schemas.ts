import { AwardsFile } from "./schema/awards-file.ts";
import { CharactersFile } from "./schema/characters-file.ts";
import { ElementsFile } from "./schema/elements-file.ts";
import { PeopleFile } from "./schema/people-file.ts";
import { SearchIndexFile } from "./schema/search-index-file.ts";
import { SourcesFile } from "./schema/sources-file.ts";
import { WorksFile } from "./schema/works-file.ts";

/**
 * The schema each file in data/ must satisfy (the data files, and the ones derived from them). The build checks the files with them (and records what it
 * checked), the scripts and tests use them directly; the browser loads them only for a file whose
 * bytes differ from what the build checked (load-data-file.ts, docs/decisions/0008).
 */
export const DATA_SCHEMAS = {
  works: WorksFile,
  people: PeopleFile,
  characters: CharactersFile,
  elements: ElementsFile,
  awards: AwardsFile,
  sources: SourcesFile,
  "search-index": SearchIndexFile,
} as const;
