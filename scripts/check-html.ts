// Checks every built page in dist/ with the Nu HTML Checker (vnu.jar, from the vnu-jar package): prints
// each error with its file and line, and exits 1 on any. Run after `npm run build`. Needs Java 17+.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as v from "valibot";

/** The checker's --format json output, as much of it as is read here. */
const VnuOutput = v.object({
  messages: v.array(
    v.object({
      type: v.string(),
      subType: v.optional(v.string()),
      url: v.optional(v.string()),
      lastLine: v.optional(v.number()),
      firstColumn: v.optional(v.number()),
      lastColumn: v.optional(v.number()),
      message: v.string(),
    }),
  ),
});
type VnuMessage = v.InferOutput<typeof VnuOutput>["messages"][number];

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = resolve(root, "dist");
// The package's main export is the jar's path; its own runner would download a Java, so it is not used.
const jar = String(createRequire(import.meta.url)("vnu-jar"));

const pages = readdirSync(dist, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".html"))
  .sort()
  .map((file) => resolve(dist, file));
// An empty or half-written dist/ must not pass as valid.
for (const needed of ["index.html", "404.html"]) {
  if (!pages.includes(resolve(dist, needed))) {
    console.error(`dist/${needed} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const started = performance.now();
const run = spawnSync(
  "java",
  ["-jar", jar, "--errors-only", "--format", "json", "--stdout", "--exit-zero-always", ...pages],
  { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
);
if (run.error && "code" in run.error && run.error.code === "ENOENT") {
  console.error(
    "`java` was not found. The HTML check runs the Nu HTML Checker (vnu.jar), which needs Java 17 or newer.",
  );
  console.error("Install Java and run it again; on Debian or Ubuntu: sudo apt-get install default-jre-headless");
  process.exit(1);
}
let messages: VnuMessage[];
try {
  if (run.error || run.status !== 0) throw new Error(run.error?.message ?? `exit ${run.status}`);
  messages = v.parse(VnuOutput, JSON.parse(run.stdout)).messages;
} catch (error) {
  console.error(`The Nu HTML Checker did not run (${String(error)}):\n${run.stderr || run.stdout}`);
  process.exit(1);
}

const where = (m: VnuMessage) => {
  const file = m.url ? relative(root, fileURLToPath(m.url)) : "?";
  return m.lastLine === undefined ? file : `${file}:${m.lastLine}:${m.firstColumn ?? m.lastColumn ?? 1}`;
};
// --errors-only leaves errors, and "non-document-error" for a file the checker could not read.
const problems = messages.filter((m) => m.type === "error" || m.type === "non-document-error");
for (const m of problems) console.error(`${where(m)}: ${m.type}: ${m.message}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(
    `\n${problems.length} HTML ${problems.length === 1 ? "error" : "errors"} in ${pages.length} pages (Nu HTML Checker, ${seconds} s).`,
  );
  process.exit(1);
}
console.log(`${pages.length} pages are valid HTML (Nu HTML Checker, ${seconds} s).`);
