// Parallels' service worker (docs/decisions/0010): after one visit, the whole app and its data work
// offline. The build fills in BASE, VERSION and FILES; a new deploy is a new VERSION, which installs and
// takes over at once. An older build's cache stays while a tab still runs that build: such a tab still
// asks for its own chunk files, which the new deploy no longer has.
/* global self, caches, fetch, Response, URL, setTimeout */
const BASE = "__BASE__";
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `parallels-${VERSION}`;
// Hosts may answer with "Vary: Origin"; a module script asks with an Origin, a kept copy was fetched without.
const MATCH = { ignoreVary: true };
/** How long a page or data file may keep the network waiting before the kept copy answers. */
const TIMEOUT = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(BASE + file, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

/** A build's cache notes each tab it gave a page to, as an empty entry at this address (never asked for). */
const tabKey = (id) => `${BASE}__tab/${id}`;
async function noteTab(id) {
  if (id) await caches.open(CACHE).then((cache) => cache.put(tabKey(id), new Response()));
}
const openTabs = () => self.clients.matchAll({ includeUncontrolled: true, type: "window" });

/**
 * Deletes the cache of every older build that no open tab runs. Caches are listed in the order they
 * were made: those before this build's own are older builds'. (A newer one may be installing.)
 */
async function prune() {
  const tabs = await openTabs();
  const keys = await caches.keys();
  for (const key of keys.slice(0, Math.max(keys.indexOf(CACHE), 0))) {
    if (!key.startsWith("parallels-")) continue;
    const cache = await caches.open(key);
    const runs = await Promise.all(tabs.map((tab) => cache.match(tabKey(tab.id))));
    if (!runs.some(Boolean)) await caches.delete(key);
  }
}

/** A tab no build has noted got its page from the network, before any worker did: this build's. */
async function adoptTabs() {
  for (const tab of await openTabs()) if (!(await caches.match(tabKey(tab.id)))) await noteTab(tab.id);
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    adoptTabs()
      .then(prune)
      .then(() => self.clients.claim()),
  );
});

const later = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The network first, so that what a deploy changed shows at once; the kept copy when there is no
 * network, or when it has not answered within TIMEOUT (a captive portal, one bar of signal).
 */
async function networkFirst(request) {
  const navigation = request.mode === "navigate";
  // A page is kept by its path alone: its query is state the app reads, not another page.
  const key = navigation ? new URL(request.url).pathname : request;
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      const copy = response.clone();
      await caches.open(CACHE).then((cache) => cache.put(key, copy));
    }
    return response;
  });
  const answer = await Promise.race([network, later(TIMEOUT)]).catch(() => undefined);
  if (answer) return answer;
  // This build's own copy. A deep link never visited is still the app, which reads its path.
  const cache = await caches.open(CACHE);
  const kept = (await cache.match(key, MATCH)) ?? (navigation ? await cache.match(BASE, MATCH) : undefined);
  // Nothing kept: the network is all there is, however slow (or its failure).
  return kept ?? network;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Built files have their content's hash in their names: a cached one is never stale. Any build's
  // cache will do: a tab still running an older build asks for that build's files.
  if (url.pathname.startsWith(`${BASE}assets/`)) {
    event.respondWith(caches.match(request, MATCH).then((cached) => cached ?? fetch(request)));
    return;
  }
  event.respondWith(networkFirst(request).catch(() => Response.error()));
  // A page request may open a tab on this build, or follow one that closed or moved on to it.
  event.waitUntil(noteTab(event.resultingClientId).then(prune));
});
