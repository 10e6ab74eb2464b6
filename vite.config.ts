import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { createServer, loadEnv, minify } from "vite";
import { readBuild } from "./scripts/first-load.ts";
import { writeOfflineWorker } from "./scripts/offline-worker.ts";
import { defineConfig } from "vitest/config";
import { DATA_FILES, DATA_FILE_NAMES, type DataFileName } from "./src/data/data-files.ts";
import { readDataset, readRawDataFiles } from "./src/data/data-on-disk.ts";
import { pageFile, pageHeads, withPageHead, withPrerendered } from "./src/app/page-heads.ts";
import { validateDataset } from "./src/data/validate-dataset.ts";

/**
 * The built pages' Content-Security-Policy (docs/decisions/0007): everything from this origin only,
 * no inline script, no plugins, no framing of forms elsewhere. Only in the build: the dev server
 * needs inline scripts of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "parallels-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) =>
        html.replace(
          /(<meta charset="UTF-8" \/>)/,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

/**
 * The head's one classic script (public/appearance.js) after the app's scripts and styles: ahead of
 * them, it held their requests back until it had loaded, and the app's code arrived about 200 ms later
 * (4x CPU, slow 4G). It still runs before the first paint, as a script in the head does.
 */
function appearanceLast(): Plugin {
  return {
    name: "parallels-appearance-last",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) => {
        const tag = /\n\s*<script src="[^"]*appearance\.js"><\/script>/.exec(html)?.[0];
        return tag
          ? html.replace(tag, "").replace("</head>", `${tag.trimStart().replace(/^/, "  ")}\n  </head>`)
          : html;
      },
    },
  };
}

/**
 * The build refuses invalid data, and records the SHA-256 of each file it checked (its first 16 hex
 * digits, as load-data-file.ts compares them): the browser then
 * skips the schemas (and their code) for a file whose bytes match, and validates any other
 * (docs/decisions/0008). Outside a build nothing is recorded, so everything is validated.
 */
function checkedData(): Plugin {
  return {
    name: "parallels-checked-data",
    config(_, { command }) {
      if (command !== "build") return { define: { CHECKED_DATA_DIGESTS: "{}" } };
      const problems = validateDataset(readRawDataFiles());
      if (problems.length > 0)
        throw new Error(
          `The data is invalid (npm run validate:data):\n${problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n")}`,
        );
      const digests = Object.fromEntries(
        DATA_FILE_NAMES.map((name) => [
          DATA_FILES[name].path,
          createHash("sha256")
            .update(readFileSync(resolve("public", DATA_FILES[name].path)))
            .digest("hex")
            .slice(0, 16),
        ]),
      );
      return { define: { CHECKED_DATA_DIGESTS: JSON.stringify(digests) } };
    },
  };
}

/**
 * The files written once the bundle is: a page per path a link is shared to, each with its own title, description and link-preview tags
 * (the address ones under VITE_PUBLIC_URL); and 404.html, which GitHub Pages and hosts like it answer
 * unknown paths with, as the app itself, so that every other deep link works too; and the offline
 * worker, sw.js, which keeps all of them (docs/decisions/0010).
 */
function pageFiles(publicUrl: string | undefined): Plugin {
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
      // Each page also holds its view, drawn here by the app's own code (docs/decisions/0012).
      const server = await createServer({
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: "custom",
        logLevel: "error",
      });
      let unknownPath = "";
      try {
        const { prerenderPath } = (await server.ssrLoadModule("/src/app/prerender.tsx")) as {
          prerenderPath: (path: string, data: Record<DataFileName, unknown>) => Promise<string>;
        };
        const raw = readRawDataFiles();
        const data = Object.fromEntries(
          DATA_FILE_NAMES.map((name) => [name, JSON.parse(raw[name] ?? "null") as unknown]),
        ) as Record<DataFileName, unknown>;
        for (const head of heads) {
          const file = resolve(outDir, pageFile(head.path));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(
            file,
            withPrerendered(withPageHead(html, head, publicUrl), head.path, await prerenderPath(head.path, data), base),
          );
        }
        // Any path no route knows draws the not-found view: 404.html's.
        unknownPath = await prerenderPath("/404", data);
        if (!unknownPath.includes('id="not-found-title"'))
          throw new Error("/404 has a route of its own: 404.html needs a path that draws the not-found view");
      } finally {
        await server.close();
      }
      // The classic script in <head> is hand-written, with comments: shipped minified, it is about 300 B gzip smaller.
      const appearance = resolve(outDir, "appearance.js");
      writeFileSync(appearance, (await minify("appearance.js", readFileSync(appearance, "utf8"))).code);
      // Unknown paths get the not-found page, drawn once for all of them ("*"): it cannot name the path
      // asked for until the app takes it over, and a path that may be a known page written another way
      // waits hidden for the app, which draws whatever the address asks for (public/appearance.js). The
      // not-found view's code is asked for with the app's own instead of after it has run.
      const build = readBuild(pathToFileURL(`${outDir}/`));
      const entry = new Set(build.firstLoad().js);
      const notFound = build.firstLoad(NOT_FOUND_VIEW).js.filter((file) => !entry.has(file));
      const preloads = notFound
        .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
        .join("\n    ");
      const notFoundHead = { path: "*", title: "Not found · Parallels", description: heads[0]!.description };
      const page404 = withPrerendered(withPageHead(html, notFoundHead), "*", unknownPath, base);
      writeFileSync(resolve(outDir, "404.html"), page404.replace("</head>", `  ${preloads}\n  </head>`));
      // Last, once every other file is written: the worker keeps them all for offline use.
      writeOfflineWorker(outDir, base);
    },
  };
}

/** The view an unknown path draws (routes.tsx): 404.html asks for its code at once. */
const NOT_FOUND_VIEW = "src/views/not-found/not-found-view.tsx";

/**
 * `vite preview` (npm start) answers a path with no page with 404.html, as static hosts do (GitHub
 * Pages, Netlify, Cloudflare Pages), where Vite's own fallback sent the overview's page. The status
 * stays Vite's 200: those hosts send 404, which the browser also logs as a console error.
 */
function notFoundPage(): Plugin {
  let outDir = "dist";
  let base = "/";
  return {
    name: "parallels-not-found-page",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        // Every built file has a plain ASCII name: the path is compared as it came, still percent-encoded.
        const path = new URL(req.url ?? "/", "http://host").pathname;
        if (!(req.headers.accept ?? "").includes("text/html") || !path.startsWith(base)) return next();
        const page = path.slice(base.length).replace(/\/+$/, "");
        // A name too long for the file system (a fuzzed address) is no file either.
        const isFile = (file: string) => {
          try {
            return statSync(resolve(outDir, file), { throwIfNoEntry: false })?.isFile() ?? false;
          } catch {
            return false;
          }
        };
        if (page === "" || page.includes("..") || isFile(page) || isFile(`${page}.html`)) return next();
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(readFileSync(resolve(outDir, "404.html")));
      });
    },
  };
}

/**
 * The helper the build calls before each dynamic import, to preload what the imported chunk needs:
 * src/app/preload.ts, smaller than Vite's generic one. It loads no stylesheets, so the build checks
 * that no chunk imports one (chunkGraph, below): index.html links the app's one stylesheet.
 */
function preloadHelper(): Plugin {
  return {
    name: "parallels-preload-helper",
    apply: "build",
    enforce: "pre",
    configResolved(config) {
      if (!config.base.startsWith("/"))
        throw new Error(`src/app/preload.ts needs an absolute base, not "${config.base}"`);
    },
    resolveId: { filter: { id: /^\0vite\/preload-helper\.js$/ }, handler: () => resolve("src/app/preload.ts") },
  };
}

/**
 * In the build, the app's modules import React and its JSX runtime through src/app/react.ts and
 * jsx-runtime.ts, ES modules in the core chunk. React is CommonJS: each chunk that imported it
 * converted it again with Rolldown's interop helpers, and those helpers, needed by every view, were
 * a chunk of their own (rolldown-runtime): one more file and about 200 B gzip in every first load.
 * Now only core converts React, and the helpers are part of it.
 */
function reactAsEsm(): Plugin {
  const shims = new Map([
    ["react", resolve("src/app/react.ts")],
    ["react/jsx-runtime", resolve("src/app/jsx-runtime.ts")],
  ]);
  const shimFiles = new Set(shims.values());
  const app = resolve("src") + sep;
  return {
    name: "parallels-react-esm",
    apply: "build",
    enforce: "pre",
    resolveId(id, importer) {
      return importer?.startsWith(app) && !shimFiles.has(importer) ? shims.get(id) : undefined;
    },
  };
}

/** The chunks being written, by file name, for resolveDependencies (below): Vite gives it file names only. */
let chunkImports: Record<string, string[]> = {};
function chunkGraph(): Plugin {
  return {
    name: "parallels-chunk-graph",
    apply: "build",
    enforce: "pre",
    generateBundle(_, bundle) {
      chunkImports = Object.fromEntries(
        Object.values(bundle).map((file) => [file.fileName, file.type === "chunk" ? file.imports : []]),
      );
      // The one stylesheet is linked from index.html, in every page's head. A chunk importing CSS would
      // put its name in preload lists, and src/app/preload.ts does not load stylesheets.
      // (index.html's own chunk holds only the stylesheet, and Vite drops it once the CSS is written.)
      const withCss = Object.values(bundle).filter(
        (file) =>
          file.type === "chunk" &&
          file.viteMetadata?.importedCss.size &&
          !file.moduleIds.every((id) => /\.(css|html)$/.test(id)),
      );
      if (withCss.length)
        throw new Error(
          `${withCss.map((file) => file.fileName).join(", ")} import CSS: link stylesheets from index.html instead`,
        );
    },
  };
}

/** A chunk and every chunk it imports statically: all loaded by the time its code runs. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (!(file in chunkImports))
    throw new Error(`${file} is not in the bundle: chunkGraph() must run before Vite lists what to preload`);
  if (!seen.has(file)) {
    seen.add(file);
    for (const dep of chunkImports[file] ?? []) staticImports(dep, seen);
  }
  return seen;
}

const CORE = [
  // The entry itself: apart, it is one more request and about 300 B gzip of imports.
  /[\\/]src[\\/]main\.tsx$/,
  // The libraries every view runs; the others (valibot, uqr) load with the code that needs them.
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/][a-z-]+)[\\/]/,
  /[\\/]src[\\/](app|url-state)[\\/](?!display-choices|progress-choices|share-choices|content-note-panel|print-frame)/,
  /[\\/]src[\\/]lib[\\/](partial-date|capitalize|hangul-runs)\./,
  /[\\/]src[\\/]data[\\/](load-data-file|queries|data-files|data-file-error|claim-parts|parts-told|section-name|spoilers\.|schema[\\/]vocabularies)/,
  /[\\/]src[\\/]ui[\\/](source-links|focus-is-free|mixed-text|confidence-badge|spoiler-cover|empty-state|show-all)\./,
];
const isCore = (id: string) => CORE.some((pattern) => pattern.test(id));
// The claim table's parts and people's names, drawn together by the work, cast, character and comparison pages: one file rather than four (cast 104,073 -> 103,742 B).
const isClaimTable = (id: string) =>
  /[\\/]src[\\/]ui[\\/](claim-view|table-scroller|table-head|person-name)\./.test(id);
const isComparing = (id: string) =>
  /[\\/]src[\\/](ui[\\/](change-badge|element-cell|work-columns-picker|narrow-work-picker|lesson)|data[\\/](element-rows|change-type))\./.test(
    id,
  );

// The app can live under any path of a static host: BASE_PATH=/parallels/ npm run build
const base = process.env.BASE_PATH ?? "/";

export default defineConfig(({ mode }) => ({
  base,
  plugins: [
    react(),
    tailwindcss(),
    reactAsEsm(),
    preloadHelper(),
    chunkGraph(),
    checkedData(),
    contentSecurityPolicy(),
    appearanceLast(),
    notFoundPage(),
    pageFiles(loadEnv(mode, process.cwd(), "VITE_").VITE_PUBLIC_URL),
  ],
  build: {
    manifest: true,
    target: "es2022",
    // Every browser the app supports (es2022) has <link rel="modulepreload">: the polyfill is dead weight.
    modulePreload: {
      polyfill: false,
      // A dynamic import preloads, beside its chunk, the chunks that chunk imports, but not the chunk itself
      // (the import asks for it at once) nor any the importing chunk imports statically (core above all):
      // those are in already. Each file named here is listed in the importing chunk's code.
      resolveDependencies: (file, deps, { hostId, hostType }) => {
        // The page's own links (hostType "html") are Vite's to choose.
        if (hostType !== "js") return deps;
        const loaded = staticImports(hostId);
        return deps.filter((dep) => dep !== file && !loaded.has(dep));
      },
    },
    rolldownOptions: {
      output: {
        // The core chunk lists every chunk's file name: hex hashes compress better than base64 ones
        // (about 30 B gzip per view), and a change elsewhere moves each view's size less.
        hashCharacters: "hex",
        // The libraries and the code every view runs (app shell, URL state, data loading) in one
        // chunk: compressed together they share a dictionary, about 1 KB gzip less per view than apart.
        // What the matrix, the side-by-side view and the character pages share, as one chunk rather than several small ones;
        // likewise the claim table's parts.
        codeSplitting: {
          groups: [
            { name: "core", test: isCore },
            { name: "comparing", test: isComparing },
            { name: "claim-table", test: isClaimTable },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test-setup.ts"],
    // Route tests render whole views; on a busy 2-core machine one can take several seconds.
    testTimeout: 15_000,
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
  },
}));
