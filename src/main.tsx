import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { CodeLoadError } from "./app/lazy-with-preload.ts";
import { drawsNotFound, preloadRoute } from "./app/routes.tsx";
import { prefetchAllData, createQueryClient } from "./app/query-client.ts";
import { DataFileError } from "./data/data-file-error.ts";

// A data file or a view's code that failed is already explained on the page, with a retry; anything else is a bug worth logging.
const onCaughtError = (error: unknown, info: { componentStack?: string }) => {
  if (!(error instanceof DataFileError || error instanceof CodeLoadError)) console.error(error, info.componentStack);
};
const client = createQueryClient();
const app = (
  <StrictMode>
    <App client={client} />
  </StrictMode>
);

// A page the build prerendered (docs/decisions/0012) stays on screen until the app draws it, when it shows
// what this address would show (src/head/before-paint.ts says). The app takes it over in place when it is
// exactly this address's page: the same path, no query. That waits for the data, so the first render
// matches the page, and the address must still be the page's own when the data is in: history can move
// before this script even runs. Any other page is drawn afresh as soon as the code its address draws
// first is in.
const root = document.getElementById("root");
const prerendered = document.getElementById("prerendered");
const page = document.documentElement;
const shown = prerendered && !page.classList.contains("stale");
// The code first: on a link that opens six connections at most (HTTP/1.1), it would otherwise wait
// behind the data files. A chunk that fails is retried by the view, and explained there.
const code = preloadRoute(location, client).catch(() => undefined);
const loaded = prefetchAllData(client);
// 404.html ("*") is the not-found page drawn once for every unknown path, taken over where the address is one.
const drawnHere = () =>
  page.dataset.prerendered === "*"
    ? location.search === "" && drawsNotFound(location.pathname)
    : location.pathname + location.search === page.dataset.prerendered;
if (shown) void Promise.all([loaded, code]).then(([ok]) => (ok && drawnHere() ? hydrate(prerendered) : start()));
else void code.then(start);

/**
 * Both the take-over and a fresh render run inside startTransition: React then yields to the browser
 * every few milliseconds instead of holding the main thread for the whole page (on a slow phone, one
 * task of a quarter second on the cast, half a second on a search), so a tap or a key meanwhile is
 * answered. The view's code is in by then (preloadRoute), so nothing shows "Loading…" for it.
 */
function hydrate(drawn: HTMLElement) {
  startTransition(() => void hydrateRoot(drawn, app, { onCaughtError }));
}

/** A fresh render: it replaces whatever the root holds, a prerendered page included. */
function start() {
  if (root) startTransition(() => createRoot(root, { onCaughtError }).render(app));
}

// After one visit, the app and its data work offline (src/offline/service-worker.js). Only in the
// build: the dev server's modules change under it. Once the data is in: installing fetches every built
// file, which on a slow link would otherwise compete with the data the first view is waiting for.
// A browser without service workers throws inside the callback, and the catch takes it.
if (import.meta.env.PROD)
  void loaded.then(() => navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`)).catch(() => undefined);
