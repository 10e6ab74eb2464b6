/** Inputs that take no text: a key press on them is not typing ("/" there can be a shortcut). */
const NO_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"]);

/** Whether a key press belongs to a form field or editable text, so page-wide keys (arrows, Space) must leave it alone. */
export const isInField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** Whether a key press is typing into text (or a select's type-ahead), where "/" is a character and not the search shortcut. */
export const isTypingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ["TEXTAREA", "SELECT"].includes(target.tagName) ||
    (target instanceof HTMLInputElement && !NO_TEXT.has(target.type)));
