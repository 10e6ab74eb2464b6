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

/**
 * What a query matches, folded once: the first alias of a list that holds it (as a part of it, folded),
 * or undefined. No matcher for a query that folds to nothing.
 */
export function aliasMatcher(query: string): ((aliases: readonly string[]) => string | undefined) | undefined {
  const q = foldName(query);
  if (!q) return undefined;
  return (aliases) => aliases.find((alias) => foldedName(alias).includes(q));
}
