import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryRouter } from "react-router";
import * as v from "valibot";
import { DATA_FILES, DATA_FILE_NAMES, type Dataset } from "../data/data-files.ts";
import { Layout } from "./layout.tsx";
import { createQueryClient } from "./query-client.ts";
import { AppRoutes } from "./routes.tsx";

/** The real data files, parsed with their schemas, as the app would load them. */
export function realData(): Dataset {
  return Object.fromEntries(
    DATA_FILE_NAMES.map((name) => {
      const json: unknown = JSON.parse(readFileSync(join(process.cwd(), "public", DATA_FILES[name].path), "utf8"));
      return [name, v.parse(DATA_FILES[name].schema, json)];
    }),
  ) as Dataset;
}

/** Renders the app at a URL, with the real data already in the cache unless `seed` is false. */
export function renderRoute(url: string, { seed = true } = {}) {
  const client = createQueryClient();
  if (seed) for (const name of DATA_FILE_NAMES) client.setQueryData(["data", name], realData()[name]);
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Layout>
          <AppRoutes />
        </Layout>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
