import { useSuspenseQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Dataset } from "./data-files.ts";
import { dataFileQuery } from "./queries.ts";

/**
 * Every data file, for a view that crosses all of them (the sources). The files are all
 * prefetched when the app starts, so reading them one after another does not chain the requests.
 * The same object on every render until a file changes, so the memos built on it (the search index,
 * the claims) are not worked out again on every keystroke.
 */
export function useDataset(): Dataset {
  const works = useSuspenseQuery(dataFileQuery("works")).data;
  const people = useSuspenseQuery(dataFileQuery("people")).data;
  const characters = useSuspenseQuery(dataFileQuery("characters")).data;
  const elements = useSuspenseQuery(dataFileQuery("elements")).data;
  const awards = useSuspenseQuery(dataFileQuery("awards")).data;
  const sources = useSuspenseQuery(dataFileQuery("sources")).data;
  return useMemo(
    () => ({ works, people, characters, elements, awards, sources }),
    [works, people, characters, elements, awards, sources],
  );
}
