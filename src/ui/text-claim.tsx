import type { Claim } from "../data/schema/claim.ts";
import { ClaimView } from "./claim-view.tsx";
import { MixedText } from "./mixed-text.tsx";

/** A claim whose value is prose from the data: ClaimView with its Hangul marked. */
export function TextClaim({ claim, compact = false }: { claim: Claim<string>; compact?: boolean }) {
  return <ClaimView claim={claim} render={(text) => <MixedText text={text} />} compact={compact} />;
}
