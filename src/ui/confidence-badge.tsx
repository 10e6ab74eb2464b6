import type { AnyClaim } from "../data/schema/claim.ts";

const BADGES = {
  "single-source": { icon: "①", word: "single source", className: "border-slate-500 bg-slate-100 text-slate-900" },
  uncertain: { icon: "?", word: "unconfirmed", className: "border-amber-700 bg-amber-50 text-amber-950" },
  disputed: { icon: "⇄", word: "disputed", className: "border-red-800 bg-red-50 text-red-950" },
} as const;

/** How well a claim is known, as an icon and a word (never colour alone). Confirmed claims carry no badge. */
export function ConfidenceBadge({ confidence }: { confidence: AnyClaim["confidence"] }) {
  if (confidence === "confirmed") return null;
  const badge = BADGES[confidence];
  return (
    <span
      className={`ml-1 inline-flex items-center gap-1 rounded border px-1.5 text-xs font-semibold whitespace-nowrap ${badge.className}`}
    >
      <span aria-hidden="true">{badge.icon}</span>
      {badge.word}
    </span>
  );
}
