import { useState, type ReactNode } from "react";
import { CONTENT_NOTE_KEY } from "../head/head-keys.ts";
import { GLOBAL_SEARCH, parseSearch } from "../url-state/search-schema.ts";
import { useGlobalParam } from "../url-state/use-global-param.ts";
import { lazyWithPreload } from "./lazy-with-preload.ts";

const ContentNotePanel = lazyWithPreload(() => import("./content-note-panel.tsx"));

/** Reads, sets or forgets the memory; where storage is refused, the note shows again, which errs on the careful side. */
export function contentNoteRead(change?: "read" | "forget"): boolean {
  try {
    if (change === "read") localStorage.setItem(CONTENT_NOTE_KEY, "read");
    if (change === "forget") localStorage.removeItem(CONTENT_NOTE_KEY);
    return localStorage.getItem(CONTENT_NOTE_KEY) === "read";
  } catch {
    return false;
  }
}

/** The note's one rule: it is left out once hidden on this device, or for a link with `notes=off`. */
const noteHidden = (read: boolean, notes: string) => read || notes === "off";

/**
 * Loads what a view that tells the stories draws first at this address: the view, and the note above
 * it unless it is hidden here or the link leaves it out. Both arrive before the first render, so the
 * note never pushes the view down after it has painted.
 */
export function preloadWithNote(search: string, view: { preload: () => Promise<unknown> }): Promise<unknown> {
  if (noteHidden(contentNoteRead(), parseSearch(GLOBAL_SEARCH, new URLSearchParams(search)).values.notes))
    return view.preload();
  return Promise.all([view.preload(), ContentNotePanel.preload()]);
}

/**
 * A view that tells what happens in the stories, with the content note as a notice above it: the
 * view shows at once, and the reader sees the topics beside it until they hide the note (once per
 * device). A link with `notes=off` (a teacher's choice) leaves the note out.
 */
export function WithContentNote({ children, lesson = false }: { children: ReactNode; lesson?: boolean }) {
  const [notes] = useGlobalParam("notes");
  const [present] = useGlobalParam("present");
  const [read, setRead] = useState(() => contentNoteRead());
  // In projector mode a lesson opens on the note itself, as its step 0, for the class (lesson-deck.tsx).
  if (noteHidden(read, notes) || (lesson && present)) return children;
  const onHide = () => {
    contentNoteRead("read");
    setRead(true);
    // The button goes with the note: focus moves on to the view itself, where reading continues.
    document.getElementById("main")?.focus({ preventScroll: true });
  };
  // No Suspense of its own: the routes' boundary waits for the note and the view together.
  return (
    <>
      <ContentNotePanel onHide={onHide} />
      {children}
    </>
  );
}
