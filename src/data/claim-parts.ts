import type { AnyClaim } from "./schema/claim.ts";

/** What no source says (an unknown cell or portrayal), whose note may still cite what some sources do tell. */
type Unknown = { state: "unknown"; noteSources?: string[] };

/**
 * Every source id a claim cites: its own, each version's, each rejected version's, and its note's; of an
 * unknown cell or portrayal, its note's.
 */
export function claimSourceIds(claim: AnyClaim | Unknown): string[] {
  if (!("confidence" in claim)) return [...(claim.noteSources ?? [])];
  const ids = claim.confidence === "disputed" ? claim.versions.flatMap((v) => v.sources) : [...claim.sources];
  for (const r of claim.rejected ?? []) ids.push(...r.sources);
  ids.push(...(claim.noteSources ?? []));
  return [...new Set(ids)];
}

/** The value a claim states; for a disputed claim, its first version's, for places that can show only one. */
export function leadingValue<V>(
  claim: { confidence: "disputed"; versions: { value: V }[] } | { confidence: string; value: V },
): V {
  // The schema gives a disputed claim two or more versions (minLength(2)), so the first is there.
  return "versions" in claim ? claim.versions[0]!.value : claim.value;
}
