// Builds the head's classic script (src/head/before-paint.ts) into appearance.js and links it from every page's head.
import { resolve } from "node:path";
import { build, type Plugin } from "vite";

const SOURCE = "src/head/before-paint.ts";
const FILE = "appearance.js";

/**
 * A classic script, not a module: it runs where it stands in <head>, before the first paint, so the
 * page never flashes the wrong theme (docs/decisions/0009). It goes last in <head>, after the app's
 * own scripts and stylesheet: ahead of them, it would hold their requests back until it had loaded
 * (docs/decisions/0014). The dev server loads the source as a module instead.
 */
export function appearanceScript(): Plugin {
  let base = "/";
  let command: "build" | "serve" = "serve";
  return {
    name: "parallels-appearance-script",
    configResolved(config) {
      base = config.base;
      command = config.command;
    },
    async generateBundle() {
      if (command !== "build") return;
      const output = await build({
        configFile: false,
        logLevel: "warn",
        build: {
          write: false,
          target: "es2022",
          lib: { entry: resolve(SOURCE), formats: ["iife"], name: "parallelsHead", fileName: () => FILE },
        },
      });
      const chunk = (Array.isArray(output) ? output : [output]).flatMap((o) => ("output" in o ? o.output : []))[0];
      if (chunk?.type !== "chunk") throw new Error(`${SOURCE} built to no script`);
      this.emitFile({ type: "asset", fileName: FILE, source: chunk.code });
    },
    transformIndexHtml: {
      order: "post",
      handler: () => [
        command === "build"
          ? { tag: "script", attrs: { src: `${base}${FILE}` }, injectTo: "head" }
          : { tag: "script", attrs: { type: "module", src: `${base}${SOURCE}` }, injectTo: "head" },
      ],
    },
  };
}
