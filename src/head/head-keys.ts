// The names the head script (before-paint.ts) shares with the app: its storage keys and its event.

/** The display choices (theme, contrast, text size), kept on this device only. */
export const APPEARANCE_KEY = "parallels-appearance";
/** The event the app fires when the display choices change in this tab (storage events come from other tabs). */
export const APPEARANCE_EVENT = "parallels-appearance";
/** The reader's position in each work, so that spoilers stay covered (use-progress.ts). */
export const PROGRESS_KEY = "parallels-progress";
/** "read" once the reader has hidden the content note on this device. */
export const CONTENT_NOTE_KEY = "parallels-content-note";
