import { useSuspenseQuery } from "@tanstack/react-query";
import type { Dataset } from "./data-files.ts";
import { dataFileQuery } from "./queries.ts";

/**
 * Every data file, for the views that cross all of them (sources, search). The files are all
 * prefetched when the app starts, so reading them one after another does not chain the requests.
 */
export function useDataset(): Dataset {
  return {
    works: useSuspenseQuery(dataFileQuery("works")).data,
    people: useSuspenseQuery(dataFileQuery("people")).data,
    characters: useSuspenseQuery(dataFileQuery("characters")).data,
    elements: useSuspenseQuery(dataFileQuery("elements")).data,
    awards: useSuspenseQuery(dataFileQuery("awards")).data,
    sources: useSuspenseQuery(dataFileQuery("sources")).data,
  };
}
