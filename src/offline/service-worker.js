// Parallels' service worker (docs/decisions/0010): after one visit, the whole app and its data work
// offline. The build fills in BASE, VERSION and FILES; a new deploy is a new VERSION, which installs,
// takes over at once and drops the old cache.
/* global self, caches, fetch, Response, URL */
const BASE = "__BASE__";
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `parallels-${VERSION}`;
// Hosts may answer with "Vary: Origin"; a module script asks with an Origin, a kept copy was fetched without.
const MATCH = { ignoreVary: true };

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(BASE + file, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("parallels-") && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** The network first, so that what a deploy changed shows at once; what was cached when there is no network. */
async function networkFirst(request) {
  const navigation = request.mode === "navigate";
  // A page is kept by its path alone: its query is state the app reads, not another page.
  const key = navigation ? new URL(request.url).pathname : request;
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      await caches.open(CACHE).then((cache) => cache.put(key, copy));
    }
    return response;
  } catch (error) {
    // A deep link never visited is still the app, which reads its path.
    const cached = (await caches.match(key, MATCH)) ?? (navigation ? await caches.match(BASE, MATCH) : undefined);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Built files have their content's hash in their names: a cached one is never stale.
  if (url.pathname.startsWith(`${BASE}assets/`)) {
    event.respondWith(caches.match(request, MATCH).then((cached) => cached ?? fetch(request)));
    return;
  }
  event.respondWith(networkFirst(request).catch(() => Response.error()));
});
