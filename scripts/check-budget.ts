// Checks the built app against budgets.json: first-load JS per view (gzip -9) as a ratio to the floor,
// the CSS, and the data files. Prints a table; exits 1 when a budget is broken. Run after `npm run build`.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import * as v from "valibot";
import { readBuild } from "./first-load.ts";

const root = new URL("../", import.meta.url);
const dist = new URL("dist/", root);
const budgets = v.parse(
  v.object({ floorJsGzip: v.number(), maxJsRatioToFloor: v.number(), maxCssGzip: v.number(), maxDataGzip: v.number() }),
  JSON.parse(readFileSync(new URL("budgets.json", root), "utf8")),
);
const gzip = (file: string) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
const { views, firstLoad, classic } = readBuild(dist);
if (!views.length) throw new Error("No lazily loaded views found in the build: the budget would check nothing.");

const failures: string[] = [];
const rows: string[][] = [];
for (const view of views) {
  const bytes = firstLoad(view).js.reduce((sum, file) => sum + gzip(file), 0);
  const ratio = bytes / budgets.floorJsGzip;
  const ok = ratio <= budgets.maxJsRatioToFloor;
  if (!ok)
    failures.push(
      `${view}: first-load JS ${bytes} B gzip is ${ratio.toFixed(3)}x the floor (budget ${budgets.maxJsRatioToFloor}x)`,
    );
  rows.push([
    view.replace("src/views/", "").replace(/\.tsx$/, ""),
    String(bytes),
    ratio.toFixed(3),
    ok ? "ok" : "OVER",
  ]);
}

const css = firstLoad().css.reduce((sum, file) => sum + gzip(file), 0);
if (css > budgets.maxCssGzip) failures.push(`CSS ${css} B gzip is over ${budgets.maxCssGzip} B`);
const data = readdirSync(new URL("data/", dist))
  .filter((f) => f.endsWith(".json"))
  .reduce((sum, f) => sum + gzip(`data/${f}`), 0);
if (data > budgets.maxDataGzip) failures.push(`data ${data} B gzip is over ${budgets.maxDataGzip} B`);

console.log(
  `First-load JavaScript per view, gzip -9, with ${classic.join(", ") || "no classic script"} (floor ${budgets.floorJsGzip} B, budget ${budgets.maxJsRatioToFloor}x):`,
);
console.log(["view", "bytes", "x floor", ""].join("\t"));
for (const row of rows) console.log(row.join("\t"));
console.log(`CSS: ${css} B gzip (budget ${budgets.maxCssGzip} B)`);
console.log(`Data, all files: ${data} B gzip (budget ${budgets.maxDataGzip} B)`);
if (failures.length) {
  console.error(`\nOver budget:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("All budgets met.");
