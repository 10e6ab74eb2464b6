const UNIT_NAMES = {
  part: ["Part", "Parts"],
  episode: ["Episode", "Episodes"],
  film: ["The film", "The film"],
} as const;

/** "Part 2", "Episodes 3–4", "The film". */
export function sectionName(kind: keyof typeof UNIT_NAMES, units: { from: number; to: number }): string {
  const [one, many] = UNIT_NAMES[kind];
  if (kind === "film") return one;
  return units.from === units.to ? `${one} ${units.from}` : `${many} ${units.from}–${units.to}`;
}
