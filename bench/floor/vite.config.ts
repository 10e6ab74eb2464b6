import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Built by `npm run bench` beside the app, with the same bundler and minifier.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, manifest: true, target: "es2022", modulePreload: { polyfill: false } },
  logLevel: "warn",
});
