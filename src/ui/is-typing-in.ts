/** Whether a key press belongs to a text field (or a select), so page-wide shortcuts must leave it alone. */
export const isTypingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
