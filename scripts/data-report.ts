// Prints what the data holds: claims and sources, confidence, elements and cells, characters, single-source claims.
import { readDataset } from "../src/data/data-on-disk.ts";
import { dataReport } from "../src/data/data-report.ts";

console.log(dataReport(readDataset()).join("\n"));
