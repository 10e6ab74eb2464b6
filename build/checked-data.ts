// Refuses to build invalid data, and tells the browser which data files the build has checked (docs/decisions/0008).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { DATA_FILES, DATA_FILE_NAMES } from "../src/data/data-files.ts";
import { readRawDataFiles } from "../src/data/data-on-disk.ts";
import { validateDataset } from "../src/data/validate-dataset.ts";

/**
 * The build records the SHA-256 of each file it checked (its first 16 hex digits, as
 * load-data-file.ts compares them): the browser then skips the schemas (and their code) for a file
 * whose bytes match, and validates any other. Outside a build nothing is recorded, so everything is
 * validated.
 */
export function checkedData(): Plugin {
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
