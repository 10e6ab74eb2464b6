/**
 * What the build calls before each dynamic import, `__vitePreload(() => import("./a.js"), ["assets/b.js"])`:
 * it asks at once for the chunks the imported one needs, instead of once that one has arrived.
 *
 * It stands in for Vite's own helper (preloadHelper() in vite.config.ts), which also loads stylesheets,
 * reads a CSP nonce, resolves relative bases and fires `vite:preloadError`. This app needs none of
 * that: its one stylesheet is linked from every page's head (no chunk may import CSS), its CSP has no nonce,
 * its base is absolute, and nothing listens for the event. Those were about 480 B gzip in every view.
 */
const rel = document.createElement("link").relList?.supports?.("modulepreload") ? "modulepreload" : "preload";
const asked = new Set<string>();

// oxlint-disable-next-line no-underscore-dangle -- the name the build's dynamic imports call
export function __vitePreload<T>(load: () => Promise<T>, deps?: string[]): Promise<T> {
  for (const dep of deps ?? []) {
    if (asked.has(dep)) continue;
    asked.add(dep);
    document.head.append(
      Object.assign(document.createElement("link"), {
        rel,
        as: "script",
        crossOrigin: "",
        href: import.meta.env.BASE_URL + dep,
      }),
    );
  }
  return load();
}
