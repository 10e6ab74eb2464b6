type Only = "all" | "differences";

/** `only=differences`: the rows where the shown works tell something differently. */
export function OnlyDifferences({ only, onOnly }: { only: Only; onOnly: (only: Only) => void }) {
  return (
    <label className="inline-flex min-h-6 items-center gap-1">
      <input
        type="checkbox"
        checked={only === "differences"}
        onChange={(e) => onOnly(e.target.checked ? "differences" : "all")}
      />
      Only rows where the works differ
    </label>
  );
}
