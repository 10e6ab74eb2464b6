// Refuses to build invalid data, and tells the browser which data files the build has checked (docs/decisions/0008).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { DATA_FILE_NAMES, dataPath } from "../src/data/data-files.ts";
import { readRawDataFiles } from "../src/data/data-on-disk.ts";
import { validateDataset } from "../src/data/validate-dataset.ts";
import { derivedFileTexts } from "./derived-files.ts";

/** The first 16 hex digits of a file's SHA-256, as load-data-file.ts compares them. */
const digest = (bytes: string | Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

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
      const digests = {
        ...Object.fromEntries(
          DATA_FILE_NAMES.map((name) => [name, digest(readFileSync(resolve("public", dataPath(name))))]),
        ),
        // The derived files as build/derived-files.ts writes them, from the data just checked.
        ...Object.fromEntries(Object.entries(derivedFileTexts()).map(([name, text]) => [name, digest(text)])),
      };
      return { define: { CHECKED_DATA_DIGESTS: JSON.stringify(digests) } };
    },
  };
}
