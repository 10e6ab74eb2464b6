// Checks the built app against budgets.json: first-load JS per view (gzip -9) as a ratio to the floor,
// the CSS, and the data files. Prints a table; exits 1 when a budget is broken. Run after `npm run build`.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

type Chunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] };

const root = new URL("../", import.meta.url);
const dist = new URL("dist/", root);
const budgets = JSON.parse(readFileSync(new URL("budgets.json", root), "utf8")) as {
  floorJsGzip: number;
  maxJsRatioToFloor: number;
  maxCssGzip: number;
  maxDataGzip: number;
};
const manifest = JSON.parse(readFileSync(new URL(".vite/manifest.json", dist), "utf8")) as Record<string, Chunk>;

const gzip = (file: string) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

/** A chunk and everything it imports statically: what the browser must load before it runs. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
if (!entryKey) throw new Error("no entry chunk in dist/.vite/manifest.json: run `npm run build` first");
const entry = closure(entryKey);
// The views are the lazily loaded route modules, wherever in the first-load chunks the route table ends up.
const views = [...new Set([...entry].flatMap((k) => manifest[k]?.dynamicImports ?? []))].filter((k) => k.startsWith("src/views/") && k.endsWith("-view.tsx"));

const failures: string[] = [];
const rows: string[][] = [];
for (const view of views) {
  const chunks = new Set([...entry, ...closure(view)]);
  const bytes = [...chunks].reduce((sum, key) => sum + gzip(manifest[key]?.file ?? ""), 0);
  const ratio = bytes / budgets.floorJsGzip;
  const ok = ratio <= budgets.maxJsRatioToFloor;
  if (!ok) failures.push(`${view}: first-load JS ${bytes} B gzip is ${ratio.toFixed(3)}x the floor (budget ${budgets.maxJsRatioToFloor}x)`);
  rows.push([view.replace("src/views/", "").replace(/\.tsx$/, ""), String(bytes), ratio.toFixed(3), ok ? "ok" : "OVER"]);
}

const css = [...entry].flatMap((k) => manifest[k]?.css ?? []).reduce((sum, file) => sum + gzip(file), 0);
if (css > budgets.maxCssGzip) failures.push(`CSS ${css} B gzip is over ${budgets.maxCssGzip} B`);
const data = readdirSync(new URL("data/", dist)).filter((f) => f.endsWith(".json")).reduce((sum, f) => sum + gzip(`data/${f}`), 0);
if (data > budgets.maxDataGzip) failures.push(`data ${data} B gzip is over ${budgets.maxDataGzip} B`);

console.log(`First-load JavaScript per view, gzip -9 (floor ${budgets.floorJsGzip} B, budget ${budgets.maxJsRatioToFloor}x):`);
console.log(["view", "bytes", "x floor", ""].join("\t"));
for (const row of rows) console.log(row.join("\t"));
console.log(`CSS: ${css} B gzip (budget ${budgets.maxCssGzip} B)`);
console.log(`Data, all files: ${data} B gzip (budget ${budgets.maxDataGzip} B)`);
if (failures.length) {
  console.error(`\nOver budget:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("All budgets met.");
