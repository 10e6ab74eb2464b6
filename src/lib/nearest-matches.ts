/** Edit distance between two short strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates closest to what was asked for, best first: those that contain it or are contained
 * in it, then those within a few edits. Nothing is returned when nothing is reasonably close.
 */
export function nearestMatches<T>(asked: string, candidates: T[], keyOf: (c: T) => string, limit = 3): T[] {
  const query = asked.toLowerCase().trim();
  if (!query) return [];
  const scored = candidates.map((candidate) => {
    const key = keyOf(candidate).toLowerCase();
    const contains = Math.min(key.length, query.length) >= 3 && (key.includes(query) || query.includes(key));
    const distance = editDistance(query, key);
    return { candidate, score: contains ? Math.min(distance, 1) : distance, key };
  });
  const tolerance = Math.max(2, Math.floor(query.length / 3));
  return scored
    .filter((s) => s.score <= tolerance)
    .sort((x, y) => x.score - y.score || x.key.localeCompare(y.key))
    .slice(0, limit)
    .map((s) => s.candidate);
}
