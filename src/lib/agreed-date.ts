// Kept apart from partial-date.ts, which the footer's date brings into every page: only a disputed date needs this.

/** What several versions of a date agree on: the year, the month, or nothing. */
export function agreedPart(dates: string[]): string | undefined {
  const [first, ...rest] = dates;
  if (first === undefined) return undefined;
  for (const length of [10, 7, 4]) {
    const head = first.slice(0, length);
    if (head.length === length && rest.every((d) => d.length >= length && d.slice(0, length) === head)) return head;
  }
  return undefined;
}
