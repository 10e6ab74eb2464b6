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
