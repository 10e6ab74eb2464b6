import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/** Every file under a folder, as paths relative to it with forward slashes. */
function filesUnder(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(root, join(folder, entry.name))
      : [relative(root, join(folder, entry.name)).split("\\").join("/")],
  );
}

/** Not needed offline: the worker itself, the build's own manifest, the 404 copy and robots.txt. */
const LEFT_OUT = /^(sw\.js|404\.html|robots\.txt|\.vite\/.*)$/;

/**
 * Writes `sw.js` into a finished build: the worker from src/offline with the list of files to keep
 * (pages by the paths they are served at: `differences.html` as `differences`) and a version that
 * is the hash of all their bytes, so any change to the build is a new worker.
 */
export function writeOfflineWorker(outDir: string, base: string) {
  const files = filesUnder(outDir)
    .filter((file) => !LEFT_OUT.test(file))
    .sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
  const served = files.map((file) =>
    file === "index.html" ? "" : file.endsWith(".html") ? file.slice(0, -".html".length) : file,
  );
  const source = readFileSync(resolve("src/offline/service-worker.js"), "utf8")
    .replace('"__BASE__"', JSON.stringify(base))
    .replace('"__VERSION__"', JSON.stringify(hash.digest("hex").slice(0, 16)))
    .replace("__FILES__", JSON.stringify(served));
  writeFileSync(join(outDir, "sw.js"), source);
}
