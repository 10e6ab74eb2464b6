import { StrictMode } from "react";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { prefetchAllData, createQueryClient } from "./app/query-client.ts";
import { DataFileError } from "./data/data-file-error.ts";
import "./index.css";

// A data file that failed is already explained on the page, with a retry; anything else is a bug worth logging.
const onCaughtError = (error: unknown, info: { componentStack?: string }) => {
  if (!(error instanceof DataFileError)) console.error(error, info.componentStack);
};
const client = createQueryClient();
const app = (
  <StrictMode>
    <App client={client} />
  </StrictMode>
);

// A page the build prerendered (docs/decisions/0012) is taken over in place when it shows what this
// address would show: the same path, no query, no remembered settings (public/appearance.js says).
// It waits for the data, so the first render matches the page. Otherwise the app draws afresh.
// The address must still be the page's own path, with no query, when the data is in: history can move
// before this script even runs.
const root = document.getElementById("root");
const prerendered = document.getElementById("prerendered");
const page = document.documentElement;
const takeOver = prerendered && !page.classList.contains("stale");
// Drawn afresh, the first render asks for the view's code before the data files are asked for: on a
// link that opens six connections at most (HTTP/1.1), the view's code would otherwise wait behind them.
if (!takeOver) start();
const loaded = prefetchAllData(client);
if (takeOver) void loaded.then((ok) => (ok && location.pathname + location.search === page.dataset.prerendered ? hydrateRoot(prerendered, app, { onCaughtError }) : start()));

// A fresh render replaces whatever the root holds, a prerendered page included. At once, so the
// view's code is requested now.
function start() {
  if (root) flushSync(() => createRoot(root, { onCaughtError }).render(app));
}

// After one visit, the app and its data work offline (src/offline/service-worker.js). Only in the
// build: the dev server's modules change under it. Once the data is in: installing fetches every built
// file, which on a slow link would otherwise compete with the data the first view is waiting for.
// A browser without service workers throws inside the callback, and the catch takes it.
if (import.meta.env.PROD) void loaded.then(() => navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`)).catch(() => undefined);
