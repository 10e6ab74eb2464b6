// Puts V8's explicit compile hint at the head of the entry chunk.
import type { Plugin } from "vite";

/**
 * The first line of a file whose functions are all called as it loads: V8 (Chromium 136 on) then
 * compiles them while the file downloads, off the main thread, instead of one at a time on the main
 * thread as the first render calls them. Other engines read a comment. docs/decisions/0019.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/**
 * The entry holds React's renderer, the router's table and the app's shell, which every first load runs.
 * The hint must be the file's very first line, above the list of chunks that Vite's own
 * generateBundle writes at the top, so this runs after it (`order: "post"`). The build writes no source
 * maps; one turned on would need its mappings moved down the same line (a leading ";").
 */
export function compileHint(): Plugin {
  return {
    name: "parallels-compile-hint",
    apply: "build",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === "chunk" && chunk.isEntry) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      },
    },
  };
}
