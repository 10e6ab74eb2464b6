// What a built page loads before it can show a view: the classic scripts in index.html, the entry chunk
// and everything it imports statically, and the view's own chunk with its static imports.
import { readFileSync } from "node:fs";
import * as v from "valibot";

/** What of Vite's build manifest this reads: each chunk's file and what it imports. */
const Manifest = v.record(
  v.string(),
  v.object({
    file: v.string(),
    imports: v.optional(v.array(v.string())),
    dynamicImports: v.optional(v.array(v.string())),
  }),
);

export function readBuild(dir: URL) {
  const manifest = v.parse(Manifest, JSON.parse(readFileSync(new URL(".vite/manifest.json", dir), "utf8")));
  const html = readFileSync(new URL("index.html", dir), "utf8");
  const classic = [...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => (m[1] ?? "").replace(/^.*\//, ""));
  // The stylesheet is linked from index.html, not imported by a chunk: every page has it in its head.
  const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]* href="[^"]*?(assets\/[^"]+)"/g)].map(
    (m) => m[1] ?? "",
  );
  // The entry is what index.html's module scripts load (the build folds main.tsx into the core chunk, so no chunk is marked isEntry).
  const moduleFiles = [...html.matchAll(/<script type="module"[^>]* src="[^"]*?(assets\/[^"]+)"/g)].map((m) => m[1]);
  const entryKeys = Object.keys(manifest).filter((k) => moduleFiles.includes(manifest[k]?.file));
  if (!entryKeys.length) throw new Error(`no entry chunk in ${dir.pathname}.vite/manifest.json: build first`);

  /** A chunk and everything it imports statically: what the browser must load before it runs. */
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const entry = new Set(entryKeys.flatMap((k) => [...closure(k)]));
  // The views are the lazily loaded route modules, wherever in the first-load chunks the route table ends up.
  const views = [...new Set([...entry].flatMap((k) => manifest[k]?.dynamicImports ?? []))].filter(
    (k) => k.startsWith("src/views/") && k.endsWith("-view.tsx"),
  );

  /** The files a view (or, without one, the bare entry) loads first: JavaScript and CSS. */
  const firstLoad = (view?: string) => {
    const keys = new Set([...entry, ...(view ? closure(view) : [])]);
    return {
      js: [...classic, ...[...keys].map((k) => manifest[k]?.file ?? "")],
      css: stylesheets,
    };
  };
  return { views, firstLoad, classic };
}
