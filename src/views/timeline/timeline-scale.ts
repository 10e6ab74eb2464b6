/** Where a partial date starts and ends, in fractional years: "2019" is all of 2019, "2019-06" June, "2019-06-28" one day. */
export function dateSpan(date: string): { start: number; end: number } {
  const [y, m, d] = date.split("-").map(Number);
  const year = y ?? 0;
  if (m === undefined) return { start: year, end: year + 1 };
  if (d === undefined) return { start: year + (m - 1) / 12, end: year + m / 12 };
  const start = year + (m - 1) / 12 + (d - 1) / 365;
  return { start, end: start + 1 / 365 };
}

/** The axis: whole years from the earliest to the latest date, with room at the end. */
export function axisYears(dates: string[]): number[] {
  if (dates.length === 0) return [];
  const spans = dates.map(dateSpan);
  const first = Math.floor(Math.min(...spans.map((s) => s.start)));
  const last = Math.ceil(Math.max(...spans.map((s) => s.end)));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A span's place on the axis, in percent of its width. */
export function place(span: { start: number; end: number }, years: number[]): { left: number; width: number } {
  const first = years[0] ?? 0;
  const total = Math.max(1, (years.at(-1) ?? first + 1) - first);
  return { left: ((span.start - first) / total) * 100, width: Math.max(((span.end - span.start) / total) * 100, 0) };
}

/** A percentage as an SVG length, to a thousandth of a percent (under a pixel on any screen): short, and the same on the server and in the browser. */
export function percent(value: number): string {
  return `${Number(value.toFixed(3))}%`;
}
