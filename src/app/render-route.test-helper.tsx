import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { readDataset } from "../data/data-on-disk.ts";
import { CONTENT_NOTE_KEY } from "../head/head-keys.ts";
import { Layout } from "./layout.tsx";
import { seedQueries } from "./prerender.tsx";
import { createQueryClient } from "./query-client.ts";
import { AppRoutes } from "./routes.tsx";
import { KeptQueryProvider } from "../url-state/kept-query.tsx";

/** The real data files, parsed with their schemas, as the app would load them. */
export const realData = readDataset;

/**
 * Renders the app at a URL, with the real data already in the cache unless `seed` is false, and the
 * content note already read unless `noteRead` is false.
 */
export function renderRoute(url: string, { seed = true, noteRead = true } = {}) {
  if (noteRead) localStorage.setItem(CONTENT_NOTE_KEY, "read");
  else localStorage.removeItem(CONTENT_NOTE_KEY);
  const client = createQueryClient();
  if (seed) seedQueries(client, realData());
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <KeptQueryProvider>
          <Layout>
            <AppRoutes />
          </Layout>
        </KeptQueryProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
