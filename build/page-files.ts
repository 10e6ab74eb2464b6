// Writes the page files once the bundle is: one per shared path with its view drawn, 404.html, and the offline worker.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createServer, type Plugin } from "vite";
import { DATA_FILE_NAMES, dataPath, type Dataset } from "../src/data/data-files.ts";
import { readDataset, readRawDataFiles } from "../src/data/data-on-disk.ts";
import { notFoundHead, pageFile, pageHeads, withPageHead, withPrerendered } from "../src/app/page-heads.ts";
import { readBuild } from "../scripts/first-load.ts";
import { OWN_FILES } from "../src/app/own-files.ts";
import { CONTENT_NOTE_MODULE, VIEW_MODULES } from "../src/app/view-modules.ts";
import { ROUTES, type Route, type RouteName } from "../src/url-state/routes.ts";
import { writeOfflineWorker } from "./offline-worker.ts";

/**
 * The routes whose content the app draws rather than the page: their address decides it (any path's
 * not-found message, a search's results). Their pages ask for the view's code as the app's own code is
 * asked for; every other page already shows its content, and asks for the code that takes it over at
 * low priority, after its stylesheet (docs/decisions/0020).
 */
const DRAWN_BY_THE_APP: ReadonlySet<RouteName> = new Set(["notFound", "search"]);

/**
 * A page per path a link is shared to, each with its own title, description and link-preview tags
 * (the address ones under VITE_PUBLIC_URL) and its view drawn by the app's own code
 * (docs/decisions/0012); 404.html, which GitHub Pages and hosts like it answer unknown paths with, so
 * that every other deep link works too; and the offline worker, sw.js, which keeps all of them
 * (docs/decisions/0010).
 */
export function pageFiles(publicUrl: string | undefined): Plugin {
  let outDir = "dist";
  let base = "/";
  let written = false;
  return {
    name: "parallels-page-files",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    writeBundle() {
      written = true;
    },
    async closeBundle() {
      // A bundle that failed wrote nothing to build on: its own error is the one to read, not a missing index.html.
      if (!written) return;
      const html = readFileSync(resolve(outDir, "index.html"), "utf8");
      const heads = pageHeads(readDataset());
      const server = await createServer({
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: "custom",
        logLevel: "error",
      });
      const build = readBuild(pathToFileURL(`${outDir}/`));
      const entry = new Set(build.firstLoad().js);
      for (const module of Object.values(VIEW_MODULES))
        if (!build.views.includes(module)) throw new Error(`VIEW_MODULES names ${module}, which no route imports`);
      /**
       * A page's head, with the code its route draws it with asked for along with the app's own (its view,
       * and the content note's above a view that tells the stories), and the view's own file in data/
       * (OWN_FILES): a link with a query, which the app draws afresh, then waits for no second round trip.
       */
      const withPreloads = (page: string, route: RouteName) => {
        const { tellsStories }: Route = ROUTES[route];
        const drawn = [VIEW_MODULES[route], ...(tellsStories ? [CONTENT_NOTE_MODULE] : [])];
        const code = new Set(drawn.flatMap((module) => build.firstLoad(module).js));
        const priority = DRAWN_BY_THE_APP.has(route) ? "" : ' fetchpriority="low"';
        const ownFile = OWN_FILES[route];
        const tags = [
          ...[...code]
            .filter((file) => !entry.has(file))
            .map((file) => `<link rel="modulepreload"${priority} crossorigin href="${base}${file}">`),
          // As the app's fetch asks for it (same origin, no credentials mode of its own), so that it takes this response.
          ...(ownFile ? [`<link rel="preload" as="fetch" crossorigin href="${base}${dataPath(ownFile)}">`] : []),
        ];
        return page.replace("</head>", `  ${tags.join("\n    ")}\n  </head>`);
      };
      let unknownPath = "";
      try {
        // ssrLoadModule types a module's exports as any; this is src/app/prerender.tsx's (its type is not
        // imported: it would bring the app's browser types into the build's project).
        const loaded = await server.ssrLoadModule("/src/app/prerender.tsx");
        const prerenderPath: (path: string, data: Dataset) => Promise<string> = loaded.prerenderPath;
        const raw = readRawDataFiles();
        // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- checked-data.ts validated these very bytes with the schemas when the build began; the JSON stays as served (not valibot's output, whose key order is the schema's), as the browser uses it
        const data = Object.fromEntries(
          DATA_FILE_NAMES.map((name) => [name, JSON.parse(raw[name] ?? "null")]),
        ) as Dataset;
        for (const head of heads) {
          const file = resolve(outDir, pageFile(head.path));
          mkdirSync(dirname(file), { recursive: true });
          const page = withPrerendered(
            withPageHead(html, head, publicUrl),
            head.path,
            await prerenderPath(head.path, data),
            base,
          );
          writeFileSync(file, withPreloads(page, head.route));
        }
        // Any path no route knows draws the not-found view: 404.html's.
        unknownPath = await prerenderPath("/404", data);
        if (!unknownPath.includes('id="not-found-title"'))
          throw new Error("/404 has a route of its own: 404.html needs a path that draws the not-found view");
      } finally {
        await server.close();
      }
      // Unknown paths get the not-found page, drawn once for all of them ("*"): it cannot name the path
      // asked for until the app takes it over, and a path that may be a known page written another way
      // waits hidden for the app, which draws whatever the address asks for (src/head/before-paint.ts).
      const page404 = withPrerendered(withPageHead(html, notFoundHead), notFoundHead.path, unknownPath, base);
      writeFileSync(resolve(outDir, "404.html"), withPreloads(page404, notFoundHead.route));
      // Last, once every other file is written: the worker keeps them all for offline use.
      writeOfflineWorker(outDir, base);
    },
  };
}
