import type { ChangeType } from "../data/schema/vocabularies.ts";

export const CHANGE_LOOK: Record<ChangeType | "baseline", { icon: string; word: string; className: string }> = {
  baseline: { icon: "◆", word: "Baseline", className: "border-slate-500 bg-white text-slate-900" },
  kept: { icon: "=", word: "Kept", className: "border-emerald-700 bg-emerald-50 text-emerald-950" },
  changed: { icon: "≠", word: "Changed", className: "border-amber-700 bg-amber-50 text-amber-950" },
  added: { icon: "+", word: "Added", className: "border-sky-700 bg-sky-50 text-sky-950" },
  omitted: { icon: "−", word: "Omitted", className: "border-rose-700 bg-rose-50 text-rose-950" },
  "not-adapted": { icon: "∅", word: "Not adapted", className: "border-slate-400 bg-slate-100 text-slate-800" },
  unknown: { icon: "?", word: "Unknown", className: "border-dashed border-slate-500 bg-white text-slate-800" },
};

/** A change type as an icon and a word, never by colour alone. */
export function ChangeBadge({ change }: { change: ChangeType | "baseline" }) {
  const look = CHANGE_LOOK[change];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1.5 text-xs font-semibold whitespace-nowrap ${look.className}`}
    >
      <span aria-hidden="true">{look.icon}</span>
      {look.word}
    </span>
  );
}

const MEANINGS: Record<ChangeType, string> = {
  kept: "told the same way as in the baseline",
  changed: "told another way",
  added: "in this work, not in the baseline",
  omitted: "in the baseline, left out here",
  "not-adapted": "this part of the story is not in the work at all",
  unknown: "no source says how this work tells it",
};

/**
 * The key to the change types, beside every matrix and comparison: one line of badges that opens
 * (a native disclosure) on what each means; printed, a handout has it open.
 */
export function ChangeLegend({ baselineName }: { baselineName: string }) {
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- the keys of the literal above, nothing else
  const changes = Object.keys(MEANINGS) as ChangeType[];
  return (
    <details id="change-legend" className="my-2 text-sm print:details-content:[content-visibility:visible]">
      <summary className="cursor-pointer">
        <span className="font-semibold">Key, each cell compared with the {baselineName}:</span>{" "}
        <span className="inline-flex flex-wrap gap-1 align-middle">
          {changes.map((change) => (
            <ChangeBadge key={change} change={change} />
          ))}
        </span>
      </summary>
      <ul className="mt-1 grid gap-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 sm:grid-cols-2 lg:grid-cols-3">
        {changes.map((change) => (
          <li key={change}>
            <ChangeBadge change={change} /> {MEANINGS[change]}
          </li>
        ))}
      </ul>
    </details>
  );
}
