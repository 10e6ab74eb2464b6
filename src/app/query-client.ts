import { QueryClient } from "@tanstack/react-query";
import { DATA_FILE_NAMES } from "../data/data-files.ts";
import { dataFileQuery } from "../data/queries.ts";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A failed static file is shown with a retry button; silent retries would only delay the message.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}

/** Starts every data file loading at once, so no view waits on a chain of requests. */
export function prefetchAllData(client: QueryClient): void {
  for (const name of DATA_FILE_NAMES) void client.prefetchQuery(dataFileQuery(name));
}
