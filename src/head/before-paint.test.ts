import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { APPEARANCE_KEY, CONTENT_NOTE_KEY, PROGRESS_KEY } from "./head-keys.ts";

const root = document.documentElement;
let systemDark = false;

/** Runs the head script afresh, as a page load does, at `address`. */
async function load(address: string) {
  history.replaceState(null, "", address);
  vi.resetModules();
  await import("./before-paint.ts");
}

beforeEach(() => {
  systemDark = false;
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: query.includes("dark") && systemDark,
    addEventListener: () => undefined,
  }));
  localStorage.clear();
  root.className = "";
  for (const name of root.getAttributeNames()) if (name !== "lang") root.removeAttribute(name);
});
afterEach(() => vi.unstubAllGlobals());

test("a stored choice wins over the system's, and the system's applies without one", async () => {
  systemDark = true;
  await load("/");
  expect(root.classList.contains("dark")).toBe(true);
  localStorage.setItem(APPEARANCE_KEY, JSON.stringify({ theme: "light", contrast: "high", text: "larger" }));
  await load("/");
  expect(root.classList.contains("dark")).toBe(false);
  expect(root.classList.contains("contrast")).toBe(true);
  expect(root.getAttribute("data-text-size")).toBe("larger");
});

test("a broken stored value falls back to the system's choice", async () => {
  systemDark = true;
  localStorage.setItem(APPEARANCE_KEY, "{not json");
  await load("/");
  expect(root.classList.contains("dark")).toBe(true);
});

test("projector mode comes from the address", async () => {
  await load("/differences?present=1");
  expect(root.classList.contains("present")).toBe(true);
});

test("a prerendered page stays shown only for its own path with no query and nothing remembered", async () => {
  root.setAttribute("data-prerendered", "/cast");
  await load("/cast");
  expect(root.classList.contains("stale")).toBe(false);
  await load("/cast?q=film");
  expect(root.classList.contains("stale")).toBe(true);
  await load("/sources");
  expect(root.classList.contains("stale")).toBe(true);
  localStorage.setItem(PROGRESS_KEY, "novel:1");
  await load("/cast");
  expect(root.classList.contains("stale")).toBe(true);
});

test("a page drawn with the content note is hidden once the reader has hidden the note", async () => {
  root.setAttribute("data-prerendered", "/differences");
  root.setAttribute("data-content-note", "");
  await load("/differences");
  expect(root.classList.contains("stale")).toBe(false);
  localStorage.setItem(CONTENT_NOTE_KEY, "read");
  await load("/differences");
  expect(root.classList.contains("stale")).toBe(true);
});
