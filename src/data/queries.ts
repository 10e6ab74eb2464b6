import { queryOptions } from "@tanstack/react-query";
import type { ServedFileName } from "./data-files.ts";
import { loadDataFile } from "./load-data-file.ts";

/** One query per file in data/. The files are static: fetched once, never refetched. */
export function dataFileQuery<N extends ServedFileName>(name: N) {
  return queryOptions({
    queryKey: ["data", name] as const,
    queryFn: ({ signal }) => loadDataFile(name, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
