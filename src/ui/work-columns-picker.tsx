import type { Work } from "../data/schema/works-file.ts";

type Props = {
  all: Work[];
  columns: Work[];
  baseline: Work;
  onWorks: (ids: string[]) => void;
  onBaseline: (id: string) => void;
};

/** Which works are columns, in what order, and which one the others are compared with (behind "Filters": loaded when it opens). */
export default function WorkColumnsPicker({ all, columns, baseline, onWorks, onBaseline }: Props) {
  const shownIds = columns.map((w) => w.id);
  const setShown = (id: string, on: boolean) => {
    const next = on ? [...shownIds, id] : shownIds.filter((x) => x !== id);
    onWorks(next.length ? next : shownIds);
  };
  const move = (id: string, by: -1 | 1) => {
    const i = shownIds.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= shownIds.length) return;
    const next = [...shownIds];
    // Out at i and in at j, its neighbour: the two swap places.
    next.splice(j, 0, ...next.splice(i, 1));
    onWorks(next);
  };
  return (
    <fieldset className="rounded-md border border-slate-300 p-2">
      <legend className="px-1 font-semibold">Works, in column order</legend>
      <ul className="flex flex-col gap-1">
        {[...columns, ...all.filter((w) => !shownIds.includes(w.id))].map((work) => {
          const shown = shownIds.includes(work.id);
          const at = shownIds.indexOf(work.id);
          return (
            <li key={work.id} className="flex flex-wrap items-center gap-1">
              <label className="inline-flex min-h-6 items-center gap-1">
                <input
                  type="checkbox"
                  checked={shown}
                  disabled={work.id === baseline.id}
                  onChange={(e) => setShown(work.id, e.target.checked)}
                />
                <span className="capitalize">{work.medium}</span>
              </label>
              {shown ? (
                <>
                  <button
                    type="button"
                    className="min-h-6 min-w-6 rounded border border-slate-400 text-sm"
                    disabled={at === 0}
                    onClick={() => move(work.id, -1)}
                    aria-label={`Move the ${work.medium} left`}
                  >
                    ←
                  </button>
                  <button
                    type="button"
                    className="min-h-6 min-w-6 rounded border border-slate-400 text-sm"
                    disabled={at === shownIds.length - 1}
                    onClick={() => move(work.id, 1)}
                    aria-label={`Move the ${work.medium} right`}
                  >
                    →
                  </button>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <label className="mt-2 flex flex-col">
        <span className="font-semibold">Compare with</span>
        <select
          value={baseline.id}
          onChange={(e) => onBaseline(e.target.value)}
          className="mt-1 rounded border border-slate-500 px-1 py-1"
        >
          {all.map((w) => (
            <option key={w.id} value={w.id}>
              the {w.medium}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
