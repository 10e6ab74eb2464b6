// Checks every file in public/data/ against its schema and the cross-file rules; prints all problems.
import { DATA_FILE_NAMES, dataPath } from "../src/data/data-files.ts";
import { readRawDataFiles } from "../src/data/data-on-disk.ts";
import { validateDataset } from "../src/data/validate-dataset.ts";

const problems = validateDataset(readRawDataFiles());
if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file} ${p.path}: ${p.message}`);
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} in the data.`);
  process.exit(1);
}
console.log(`Data valid: ${DATA_FILE_NAMES.map(dataPath).join(", ")}.`);
