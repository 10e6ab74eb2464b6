import type { Source } from "../data/schema/sources-file.ts";

/**
 * The preview of a footnote mark (src/ui/fact-marks.tsx): the source's title, publisher and kind, and a
 * link to it for a touch screen, where the first tap on a mark opens this instead of following it. One
 * for the page, out of the first load: the layout loads it once the sources file is in, after the page is
 * drawn. A popover in the top layer, placed under its mark: nothing on the page moves, and no scrolling box
 * clips it. Escape, a tap elsewhere, leaving it (mark and preview) or the mark's focus, or following a link
 * close it. Plain DOM, not React: a lazy chunk that imported React would split React out of the chunks
 * the first load shares, which costs every view bytes (npm run check:budget).
 */

/** What kind of page a source is, in words: on /sources and in a footnote mark's preview. */
export const KIND_WORDS: Record<Source["kind"], string> = {
  seed: "seed article",
  encyclopedia: "encyclopedia",
  publisher: "publisher",
  catalogue: "library catalogue",
  bookshop: "bookshop",
  press: "press",
  review: "review",
  blog: "blog",
  interview: "interview",
  other: "other",
};

let box: HTMLDivElement | undefined;
let shown: HTMLAnchorElement | undefined;
let leaving: ReturnType<typeof setTimeout> | undefined;

const ID = "source-preview";
const EDGE = 8;

/** A footnote mark (src/ui/fact-marks.tsx): a link to its source on /sources. */
const MARK = "a[data-mark]";
let listening = false;

/**
 * Opens a footnote mark's preview on hover, on focus, and on a touch screen on the first tap, which then
 * does not follow the link (the preview has a link to the source; a second tap on the mark follows it).
 * One set of listeners for the page, in the capture phase, before the app's own: a first tap's click is
 * held back before the link would follow it.
 */
export function listen(sources: Source[]) {
  if (listening) return;
  listening = true;
  // A touch on a mark whose preview is not open: its click opens the preview instead of following the link.
  // A tap's mouse events (mouseover) come after its pointerdown, which has told it apart already.
  let firstTap = false;
  // Any event may have a pointerType (a pointer event's): read off another, it is undefined.
  const peek = (event: Event & { pointerType?: unknown }) => {
    // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- the DOM types an event's target as any EventTarget; a pointer, mouse or focus event's is always an element
    const mark = (event.target as Element).closest<HTMLAnchorElement>(MARK);
    if (!mark) return;
    if (event.type === "pointerdown") {
      firstTap = event.pointerType === "touch" && mark !== shown;
      return;
    }
    if (event.type === "click") {
      // The link is followed (a mouse, Enter, a second tap, the preview's own link): the preview goes with the page.
      if (!firstTap) return hide();
      firstTap = false;
      event.preventDefault();
    }
    const source = sources.find((s) => `#source-${s.id}` === mark.hash);
    if (source) show(mark, source);
  };
  for (const type of ["pointerdown", "mouseover", "focusin", "click"]) document.addEventListener(type, peek, true);
}

function show(mark: HTMLAnchorElement, source: Source) {
  clearTimeout(leaving);
  if (shown === mark || !mark.isConnected) return;
  hide();
  box ??= setUp();
  shown = mark;
  mark.setAttribute("aria-describedby", ID);
  mark.addEventListener("pointerleave", leave);
  mark.addEventListener("blur", blurred);
  box.replaceChildren(...card(source, mark));
  box.showPopover();
  place(box, mark.getBoundingClientRect());
}

function hide() {
  clearTimeout(leaving);
  if (!shown || !box) return;
  shown.removeAttribute("aria-describedby");
  shown.removeEventListener("pointerleave", leave);
  shown.removeEventListener("blur", blurred);
  shown = undefined;
  box.hidePopover();
}

/** Under the mark, or above it where there is no room below; never past the window's sides. */
function place(preview: HTMLElement, mark: DOMRect) {
  const { offsetWidth: width, offsetHeight: height } = preview;
  const below = mark.bottom + height <= innerHeight || mark.top < height;
  preview.style.left = `${scrollX + Math.max(EDGE, Math.min(mark.left, innerWidth - width - EDGE))}px`;
  preview.style.top = `${scrollY + (below ? mark.bottom : mark.top - height)}px`;
}

// A moment's grace, so the pointer can cross from the mark to the preview (and read it) without it closing.
// Not while the mark has focus: then it is the focus that holds it open.
function leave(event: PointerEvent) {
  // A finger lifted from a mark leaves it: the tap's preview stays until the next tap.
  if (event.pointerType === "touch") return;
  leaving = setTimeout(() => document.activeElement === shown || hide(), 300);
}

function blurred(event: FocusEvent) {
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- the DOM types relatedTarget as any EventTarget; a focus event's is the element focus goes to, or null
  if (!box?.contains(event.relatedTarget as Node | null)) hide();
}

function setUp(): HTMLDivElement {
  const preview = document.createElement("div");
  preview.id = ID;
  preview.popover = "manual";
  preview.className =
    "absolute inset-auto m-0 max-w-xs rounded border border-slate-500 bg-white p-2 text-sm text-slate-900 shadow-lg print:hidden";
  preview.addEventListener("pointerenter", () => clearTimeout(leaving));
  preview.addEventListener("pointerleave", leave);
  // Inside the page's main landmark, where every part of the page is, though it shows above all of it.
  (document.getElementById("main") ?? document.body).append(preview);
  // In the capture phase, before a view's own Escape (an open matrix cell), which then sees defaultPrevented: Escape closes the innermost thing only.
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || !shown) return;
      event.preventDefault();
      hide();
    },
    true,
  );
  document.addEventListener(
    "pointerdown",
    (event) => {
      // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- the DOM types an event's target as any EventTarget; a pointer event's is always an element
      const target = event.target as Node;
      if (!shown?.contains(target) && !preview.contains(target)) hide();
    },
    true,
  );
  addEventListener("popstate", hide);
  return preview;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...content: (string | Node)[]) {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...content);
  return made;
}

function card(source: Source, mark: HTMLAnchorElement): Node[] {
  const link = element("a", "mt-1 inline-block text-blue-800 underline", "Go to the source");
  link.href = mark.href;
  // Out of the Tab order: from a keyboard the mark itself is this link.
  link.tabIndex = -1;
  // The mark follows the link as the app does (keeping the global parameters, without reloading the page).
  link.addEventListener("click", (event) => {
    event.preventDefault();
    mark.click();
  });
  return [
    element("p", "font-semibold", source.title),
    element("p", "text-slate-700", `${source.publisher} · ${KIND_WORDS[source.kind]}`),
    link,
  ];
}
