// Checks every file in public/data/ against its schema and the cross-file rules; prints all problems.
import { existsSync, readFileSync } from "node:fs";
import { DATA_FILES, DATA_FILE_NAMES } from "../src/data/data-files.ts";
import { validateDataset } from "../src/data/validate-dataset.ts";

const raw: Record<string, string | undefined> = {};
for (const name of DATA_FILE_NAMES) {
  const file = new URL(`../public/${DATA_FILES[name].path}`, import.meta.url);
  raw[name] = existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

const problems = validateDataset(raw);
if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file} ${p.path}: ${p.message}`);
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} in the data.`);
  process.exit(1);
}
console.log(`Data valid: ${DATA_FILE_NAMES.map((n) => DATA_FILES[n].path).join(", ")}.`);
