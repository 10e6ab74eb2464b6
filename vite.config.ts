import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { loadEnv } from "vite";
import { defineConfig } from "vitest/config";
import { appearanceScript } from "./build/appearance-script.ts";
import { checkedData } from "./build/checked-data.ts";
import { compileHint } from "./build/compile-hint.ts";
import { contentSecurityPolicy } from "./build/content-security-policy.ts";
import { derivedFiles } from "./build/derived-files.ts";
import { notFoundPage } from "./build/not-found-page.ts";
import { pageFiles } from "./build/page-files.ts";

// The app can live under any path of a static host: BASE_PATH=/parallels/ npm run build
const base = process.env.BASE_PATH ?? "/";

export default defineConfig(({ mode }) => ({
  base,
  plugins: [
    react(),
    tailwindcss(),
    checkedData(),
    derivedFiles(),
    compileHint(),
    contentSecurityPolicy(),
    appearanceScript(),
    notFoundPage(),
    pageFiles(loadEnv(mode, process.cwd(), "VITE_").VITE_PUBLIC_URL),
  ],
  build: {
    manifest: true,
    target: "es2022",
    // Every browser the app supports (es2022) has <link rel="modulepreload">: the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Hex hashes compress better than base64 ones in the chunks that list the others' file names.
        hashCharacters: "hex",
        // A view's file, and each part loaded on demand, keeps its name, for the network panel and the
        // tests that hold one back. The chunks they share go by their hash alone: their names (whichever
        // module came first in them) say little, and every chunk names the files it imports, so short
        // names come off every first load (docs/decisions/0015 has the figures).
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? "assets/[name]-[hash].js" : "assets/[hash].js"),
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test-setup.ts"],
    // Route tests render whole views; on a busy 2-core machine one can take several seconds.
    testTimeout: 15_000,
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts"],
    css: false,
  },
}));
