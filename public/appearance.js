// Sets the look before the first paint: stored choice, else the system's; projector mode from the URL (docs/decisions/0009).
(function () {
  var root = document.documentElement;
  var dark = matchMedia("(prefers-color-scheme: dark)");
  var more = matchMedia("(prefers-contrast: more)");
  function apply(event) {
    var saved = {};
    try {
      saved = (event && event.detail) || JSON.parse(localStorage.getItem("parallels-appearance") || "{}") || {};
    } catch {}
    root.classList.toggle("dark", saved.theme === "dark" || (saved.theme !== "light" && dark.matches));
    root.classList.toggle("contrast", saved.contrast === "high" || (saved.contrast !== "normal" && more.matches));
    if (saved.text === "large" || saved.text === "larger") root.setAttribute("data-text-size", saved.text);
    else root.removeAttribute("data-text-size");
  }
  apply();
  dark.addEventListener("change", apply);
  more.addEventListener("change", apply);
  addEventListener("storage", apply);
  addEventListener("parallels-appearance", apply);
  if (/[?&]present=(1|true)(&|$)/.test(location.search)) root.classList.add("present");
  // A prerendered page (data-prerendered: its path) shows the path as a first visit with no query sees
  // it. Anything else (a query, another path served this file, a remembered reading position, a content
  // note already read) hides it until the app draws the real state, so no stale or spoiling content shows
  // (docs/decisions/0012). A page drawn as the content note (data-gated) is the same note whatever the
  // view's own parameters say: only the global ones (src/url-state/search-schema.ts) change it.
  // 404.html (data-prerendered="*") is drawn once for every path the app does not know; a path that may
  // be a known page written another way (a capital, a trailing slash, an escape) waits for the app.
  var path = root.getAttribute("data-prerendered");
  var here = location.pathname;
  var query = new URLSearchParams(location.search);
  var global = ["names", "progress", "present", "notes"].some(function (name) {
    return query.has(name);
  });
  var drawn =
    path === "*" ? !/[A-Z%]|.\/$/.test(here) : path !== null && here.replace(/\/+$/, "") === path.replace(/\/+$/, "");
  var stale = !drawn || (location.search !== "" && (global || !root.hasAttribute("data-gated")));
  try {
    // A remembered reading position would cover parts of it; a page drawn as the content note (data-gated) is not
    // what a reader who has read the note sees.
    stale =
      stale ||
      Boolean(localStorage.getItem("parallels-progress")) ||
      (root.hasAttribute("data-gated") && localStorage.getItem("parallels-content-note") === "read");
  } catch {}
  root.classList.toggle("stale", stale);
})();
