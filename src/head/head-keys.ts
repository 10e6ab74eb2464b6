// The names the head script (before-paint.ts) shares with the app: its storage keys, its event and the global parameters.

/** The display choices (theme, contrast, text size), kept on this device only. */
export const APPEARANCE_KEY = "parallels-appearance";
/** The event the app fires when the display choices change in this tab (storage events come from other tabs). */
export const APPEARANCE_EVENT = "parallels-appearance";
/** The reader's position in each work, so that spoilers stay covered (use-progress.ts). */
export const PROGRESS_KEY = "parallels-progress";
/** "read" once the reader has hidden the content note on this device. */
export const CONTENT_NOTE_KEY = "parallels-content-note";

/** The parameters every view reads and every link keeps (their fields: src/url-state/search-schema.ts). */
export const GLOBAL_PARAM_NAMES = ["names", "progress", "present", "notes"] as const;
export type GlobalParamName = (typeof GLOBAL_PARAM_NAMES)[number];
