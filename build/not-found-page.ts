// Makes `vite preview` (npm start) answer a path with no page with 404.html, as static hosts do.
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";

/**
 * GitHub Pages, Netlify and Cloudflare Pages answer an unknown path with 404.html, where Vite's own
 * fallback sent the overview's page. The status stays Vite's 200: those hosts send 404, which the
 * browser also logs as a console error.
 */
export function notFoundPage(): Plugin {
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
