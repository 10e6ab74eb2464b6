// Writes the files derived from the data (DERIVED_FILE_NAMES) into the build, and serves them from the dev server.
import * as v from "valibot";
import type { Plugin } from "vite";
import { DERIVED_FILE_NAMES, dataPath, type DerivedFileName } from "../src/data/data-files.ts";
import { readDataset } from "../src/data/data-on-disk.ts";
import { DATA_SCHEMAS } from "../src/data/data-schemas.ts";
import { searchIndex } from "../src/data/search-index.ts";

/**
 * Each derived file's text by name, from the data files as they are on disk now. Each is checked with
 * its own schema first: the browser trusts the bytes the build wrote (their digest, checked-data.ts).
 */
export function derivedFileTexts(): Record<DerivedFileName, string> {
  const index = v.parse(DATA_SCHEMAS["search-index"], { items: searchIndex(readDataset()) });
  return { "search-index": JSON.stringify(index) };
}

/**
 * The build emits each derived file as an asset at its dataPath; the dev server answers for them with
 * the data as it is at that moment, so an edited data file is searchable at the next reload.
 */
export function derivedFiles(): Plugin {
  let base = "/";
  return {
    name: "parallels-derived-files",
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split("?")[0];
        const name = DERIVED_FILE_NAMES.find((derived) => path === `${base}${dataPath(derived)}`);
        if (!name) return next();
        try {
          const text = derivedFileTexts()[name];
          response.setHeader("Content-Type", "application/json");
          response.end(text);
        } catch (error) {
          // An invalid data file: the browser names that file when it loads it; this says why this one failed.
          response.statusCode = 500;
          response.end(error instanceof Error ? error.message : String(error));
        }
      });
    },
    generateBundle() {
      const texts = derivedFileTexts();
      for (const name of DERIVED_FILE_NAMES)
        this.emitFile({ type: "asset", fileName: dataPath(name), source: texts[name] });
    },
  };
}
