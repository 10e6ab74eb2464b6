import { claimSourceIds } from "../../data/claim-parts.ts";
import type { ClaimRef } from "../../data/collect-claims.ts";
import type { AnyClaim } from "../../data/schema/claim.ts";
import type { Source } from "../../data/schema/sources-file.ts";

export type SourceEntry = { source: Source; claims: ClaimRef[] };
export type SourcesFilter = { q: string; confidence: AnyClaim["confidence"][] };

const fold = (text: string) => text.toLowerCase().normalize("NFC");

/**
 * Each source with the claims that cite it, keeping the claims of the chosen confidences and the
 * sources whose own text or whose claims match the search. A source left with no claim is dropped.
 */
export function filterSources(sources: Source[], claims: ClaimRef[], filter: SourcesFilter): SourceEntry[] {
  const bySource = new Map<string, ClaimRef[]>(sources.map((s) => [s.id, []]));
  for (const ref of claims) for (const id of claimSourceIds(ref.claim)) bySource.get(id)?.push(ref);
  const query = fold(filter.q.trim());
  const out: SourceEntry[] = [];
  for (const source of sources) {
    const kept = (bySource.get(source.id) ?? []).filter((ref) => filter.confidence.includes(ref.claim.confidence));
    if (kept.length === 0) continue;
    if (!query) {
      out.push({ source, claims: kept });
      continue;
    }
    const own = [source.id, source.title, source.publisher, source.url].some((t) => fold(t).includes(query));
    const matching = kept.filter((ref) => fold(ref.label).includes(query));
    if (own) out.push({ source, claims: kept });
    else if (matching.length) out.push({ source, claims: matching });
  }
  return out;
}

/** How many claims there are of each confidence, counting each claim once. */
export function countByConfidence(claims: ClaimRef[]): Record<AnyClaim["confidence"], number> {
  const counts = { confirmed: 0, "single-source": 0, uncertain: 0, disputed: 0 };
  for (const ref of claims) counts[ref.claim.confidence] += 1;
  return counts;
}
