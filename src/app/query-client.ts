import { QueryClient } from "@tanstack/react-query";
import { DATA_FILE_NAMES } from "../data/data-files.ts";
import { filesAsBuilt } from "../data/load-data-file.ts";
import { dataFileQuery } from "../data/queries.ts";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A failed static file is shown with a retry button; silent retries would only delay the message.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}

/**
 * Starts every data file loading at once, so no view waits on a chain of requests. True once all have
 * arrived as the build saw them: only then can a prerendered page be taken over as it is.
 */
export async function prefetchAllData(client: QueryClient): Promise<boolean> {
  await Promise.all(DATA_FILE_NAMES.map((name) => client.prefetchQuery(dataFileQuery(name))));
  return DATA_FILE_NAMES.every((name) => filesAsBuilt.has(name));
}
