// The head's one classic script (built to appearance.js by build/appearance-script.ts): sets the look before the first paint.
import { APPEARANCE_EVENT, APPEARANCE_KEY, CONTENT_NOTE_KEY, PROGRESS_KEY } from "./head-keys.ts";

/** What is stored may be anything (another version's, a hand's): each field is only compared with the words it may be. */
type Appearance = { theme?: unknown; contrast?: unknown; text?: unknown };

const root = document.documentElement;
const dark = matchMedia("(prefers-color-scheme: dark)");
const more = matchMedia("(prefers-contrast: more)");

/** The stored choice, else the system's (docs/decisions/0009). */
function apply(event?: Event) {
  let saved: Appearance = {};
  try {
    // Both are any (CustomEvent's detail, JSON.parse): a field read off any value other than null is at worst undefined.
    saved =
      (event instanceof CustomEvent ? event.detail : null) ??
      JSON.parse(localStorage.getItem(APPEARANCE_KEY) ?? "{}") ??
      {};
  } catch {
    // Storage blocked or its value broken: the system's choice stands.
  }
  root.classList.toggle("dark", saved.theme === "dark" || (saved.theme !== "light" && dark.matches));
  root.classList.toggle("contrast", saved.contrast === "high" || (saved.contrast !== "normal" && more.matches));
  if (saved.text === "large" || saved.text === "larger") root.setAttribute("data-text-size", saved.text);
  else root.removeAttribute("data-text-size");
}
apply();
dark.addEventListener("change", apply);
more.addEventListener("change", apply);
addEventListener("storage", apply);
addEventListener(APPEARANCE_EVENT, apply);

const query = new URLSearchParams(location.search);
// Projector mode from the URL, as search-schema.ts's flag() reads it.
if (["1", "true"].includes(query.get("present") ?? "")) root.classList.add("present");

// A prerendered page (data-prerendered: its path) shows the path as a first visit with no query sees
// it. Anything else (a query, another path served this file, a remembered reading position, a content
// note already hidden) hides it until the app draws the real state, so no stale or spoiling content
// shows (docs/decisions/0012). 404.html (data-prerendered="*") is drawn once for every path the app
// does not know; a path that may be a known page written another way (a capital, a trailing slash,
// an escape) waits for the app.
const path = root.getAttribute("data-prerendered");
const here = location.pathname;
const drawn =
  path === "*" ? !/[A-Z%]|.\/$/.test(here) : path !== null && here.replace(/\/+$/, "") === path.replace(/\/+$/, "");
let stale = !drawn || location.search !== "";
try {
  // A remembered reading position would cover parts of it; a page drawn with the content note
  // (data-content-note) is not what a reader who has hidden the note sees.
  stale =
    stale ||
    Boolean(localStorage.getItem(PROGRESS_KEY)) ||
    (root.hasAttribute("data-content-note") && localStorage.getItem(CONTENT_NOTE_KEY) === "read");
} catch {
  // Storage blocked: nothing remembered.
}
root.classList.toggle("stale", stale);
