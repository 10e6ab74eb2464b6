/**
 * Whether focus may move to what a link opened: it is on the link followed, on the main region, or
 * on nothing (the link went away with the view it was in). Not while the reader is typing or choosing.
 */
export function focusIsFree(): boolean {
  const focused = document.activeElement;
  return !focused || focused === document.body || focused.id === "main" || focused instanceof HTMLAnchorElement;
}
