/**
 * Folds a name for matching: case, spaces, hyphens, dots and apostrophes do not count, and Hangul is
 * compared composed. "Mi-ae", "miae" and "MI AE" fold alike; so do "Kyu-ho" and "kyuho".
 */
export function foldName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-‐‑–—_.·'’"“”()]/g, "");
}

// The data's names, each folded once: a filter then folds only the query on each keystroke.
const foldedNames = new Map<string, string>();
function foldedName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    folded = foldName(name);
    foldedNames.set(name, folded);
  }
  return folded;
}

/** The first alias the query matches (as a part of it, folded), or undefined. */
export function matchAlias(query: string, aliases: readonly string[]): string | undefined {
  const q = foldName(query);
  if (!q) return undefined;
  return aliases.find((alias) => foldedName(alias).includes(q));
}
