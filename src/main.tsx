import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { DataFileError } from "./data/data-file-error.ts";
import "./index.css";

const root = document.getElementById("root");
if (root) {
  createRoot(root, {
    // A data file that failed is already explained on the page, with a retry; anything else is a bug worth logging.
    onCaughtError: (error, info) => {
      if (!(error instanceof DataFileError)) console.error(error, info.componentStack);
    },
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// After one visit, the app and its data work offline (src/offline/service-worker.js). Only in the
// build: the dev server's modules change under it.
if (import.meta.env.PROD && "serviceWorker" in navigator)
  window.addEventListener("load", () => void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined));
