// Build time only (build/page-files.ts loads it in Node): a path's page as HTML, so a
// shared link paints its content before the JavaScript arrives, and reads with JavaScript off.
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { prerender } from "react-dom/static";
import { StaticRouter } from "react-router";
import { DATA_FILE_NAMES, type Dataset } from "../data/data-files.ts";
import { dataFileQuery } from "../data/queries.ts";
import { searchIndex } from "../data/search-index.ts";
import { BASENAME, KeptQueryProvider } from "../url-state/kept-query.tsx";
import { Layout } from "./layout.tsx";
import { createQueryClient } from "./query-client.ts";
import { AppRoutes } from "./routes.tsx";

/** Puts the data files, and the files the build derives from them (build/derived-files.ts), in a client's cache, as loaded. */
export function seedQueries(client: QueryClient, data: Dataset) {
  for (const name of DATA_FILE_NAMES) client.setQueryData(dataFileQuery(name).queryKey, data[name]);
  client.setQueryData(dataFileQuery("search-index").queryKey, { items: searchIndex(data) });
}

/**
 * The path as a first-time visitor with no query sees it: the data in hand, no settings, the content
 * note not yet read. `data` is each file's JSON exactly as served, which the browser uses as is.
 */
export async function prerenderPath(path: string, data: Dataset): Promise<string> {
  const client = createQueryClient();
  seedQueries(client, data);
  const tree = (
    <QueryClientProvider client={client}>
      <StaticRouter basename={BASENAME} location={`${BASENAME.replace(/\/$/, "")}${path}`}>
        <KeptQueryProvider>
          <Layout>
            <AppRoutes />
          </Layout>
        </KeptQueryProvider>
      </StaticRouter>
    </QueryClientProvider>
  );
  const errors: unknown[] = [];
  // The first pass waits for the lazy views to load. The second finds them loaded and draws the page
  // in one piece: no boundary is left for an inline script to finish, which the Content-Security-Policy would block.
  await prerender(tree, { onError: (error) => void errors.push(error) });
  const html = renderToString(tree);
  if (errors.length) throw new Error(`Prerendering ${path} failed: ${errors.map(String).join("; ")}`);
  if (/<script|<!--\$[?!]-->/.test(html)) throw new Error(`Prerendering ${path} left part of the page unfinished`);
  // The views' <title>s: the page's head already has its own (page-heads.ts), and the browser's React hoists them there.
  // A <title> inside an <svg> (at any depth) is a drawing's tooltip (the timeline's marks), part of the body: it stays.
  let depth = 0;
  return html.replaceAll(/<(\/?)svg\b|<title>[^<]*<\/title>/g, (tag: string, close?: string) => {
    if (close === undefined) return depth > 0 ? tag : "";
    depth += close ? -1 : 1;
    return tag;
  });
}
