import { copyFileSync } from "node:fs";
import { resolve } from "node:path";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/** GitHub Pages (and hosts like it) answer unknown paths with 404.html: make it the app, so deep links work. */
function spaFallbackPage(): Plugin {
  return {
    name: "parallels-spa-fallback",
    apply: "build",
    closeBundle() {
      copyFileSync(resolve("dist/index.html"), resolve("dist/404.html"));
    },
  };
}

// The app can live under any path of a static host: BASE_PATH=/parallels/ npm run build
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  base,
  plugins: [react(), tailwindcss(), spaFallbackPage()],
  build: {
    manifest: true,
    target: "es2022",
    // Every browser the app supports (es2022) has <link rel="modulepreload">: the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The libraries in one chunk: it compresses better than several and changes least often.
        codeSplitting: { groups: [{ name: "vendor", test: /[\\/]node_modules[\\/]/ }] },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test-setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
  },
});
