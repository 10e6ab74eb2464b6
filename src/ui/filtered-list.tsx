// What a filtered list says about its results where they are not simply all drawn: only the first part, or none.

/**
 * How many results a filtered list draws at first. The real data never reaches it; a data set a
 * hundred times larger would, and drawing thousands of rows on every keystroke would make typing lag.
 */
export const FIRST_RESULTS = 200;

/** Says that a list shows only its first part, with one click to draw the rest. */
export function ShowAll({
  shown,
  total,
  noun,
  onShowAll,
}: {
  shown: number;
  total: number;
  noun: string;
  onShowAll: () => void;
}) {
  if (shown >= total) return null;
  return (
    <p className="mt-3 flex flex-wrap items-center gap-2">
      Showing the first {shown} of {total} {noun}.
      <button type="button" onClick={onShowAll} className="rounded border border-slate-500 px-2 py-1 text-sm">
        Show all {total}
      </button>
    </p>
  );
}

/** What a filtered view says when nothing matches: which kind of thing, and one click back to everything. */
export function EmptyState({ nothing, onClear }: { nothing: string; onClear: () => void }) {
  return (
    <div className="mt-4 rounded-md border border-slate-300 p-4">
      <p>No {nothing} matches these filters.</p>
      <button type="button" onClick={onClear} className="mt-2 rounded bg-slate-900 px-3 py-1 text-white">
        Clear filters
      </button>
    </div>
  );
}
