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
