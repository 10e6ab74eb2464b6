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
