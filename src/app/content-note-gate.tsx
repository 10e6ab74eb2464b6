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

/** The gate's one rule: the note is skipped once read on this device, or for a link with `notes=off`. */
const noteWaived = (read: boolean, notes: string) => read || notes === "off";

/**
 * Loads what a gated view at this address draws first: the note, unless it is read here or the link
 * leaves it out. The view's code is asked for as well, so that it is there when the reader goes on.
 */
export function preloadGated(search: string, view: { preload: () => Promise<unknown> }): Promise<unknown> {
  const loading = view.preload();
  if (noteWaived(contentNoteRead(), parseSearch(GLOBAL_SEARCH, new URLSearchParams(search)).values.notes))
    return loading;
  // Not waited on: a failure shows when the view is drawn.
  loading.catch(() => undefined);
  return ContentNotePanel.preload();
}

/**
 * Holds back a view that tells what happens in the stories until its reader has seen the content
 * note, once per device. A link with `notes=off` (a teacher's choice) goes straight through.
 */
export function ContentNoteGate({ children }: { children: ReactNode }) {
  const [notes] = useGlobalParam("notes");
  const [read, setRead] = useState(() => contentNoteRead());
  if (noteWaived(read, notes)) return children;
  const onContinue = () => {
    contentNoteRead("read");
    setRead(true);
  };
  // No Suspense of its own: the routes' boundary waits for the panel too, so a prerendered note's button
  // is turned on (Live, in routes.tsx) only once the panel itself has been taken over.
  return <ContentNotePanel onContinue={onContinue} />;
}
