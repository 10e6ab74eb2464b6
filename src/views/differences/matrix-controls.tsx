import { CHANGE_TYPES, type ChangeType } from "../../data/change-type.ts";
import { ELEMENT_CATEGORIES, type ElementCategory } from "../../data/schema/elements-file.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { CHANGE_LOOK } from "../../ui/change-badge.tsx";
import type { MatrixFilter } from "./matrix-model.ts";

const CATEGORY_WORDS: Record<ElementCategory, string> = {
  structure: "Structure",
  characters: "Characters",
  plot: "Plot",
  setting: "Settings",
  music: "Music",
  motif: "Motifs",
  theme: "Themes",
  "point-of-view": "Point of view",
  production: "Production",
};

export function categoryWord(category: ElementCategory): string {
  return CATEGORY_WORDS[category];
}

type Props = MatrixFilter & {
  all: Work[];
  columns: Work[];
  baseline: Work;
  onWorks: (ids: string[]) => void;
  onBaseline: (id: string) => void;
  onCategory: (categories: ElementCategory[]) => void;
  onStatus: (statuses: ChangeType[]) => void;
  onSearch: (q: string) => void;
  onOnly: (only: "all" | "differences") => void;
};

const box = "rounded-md border border-slate-300 p-2";

/** A checkbox list's next value; unticking the last box brings all back rather than showing nothing. */
function toggleIn<T extends string>(all: readonly T[], current: T[], value: T, on: boolean): T[] {
  const next = all.filter((v) => (v === value ? on : current.includes(v)));
  return next.length ? next : [...all];
}

/** Every setting of the matrix; each change goes to the URL (typing replaces the entry, a choice pushes one). */
export function MatrixControls(p: Props) {
  const shownIds = p.columns.map((w) => w.id);
  const setShown = (id: string, on: boolean) => {
    const next = on ? [...shownIds, id] : shownIds.filter((x) => x !== id);
    p.onWorks(next.length ? next : shownIds);
  };
  const move = (id: string, by: -1 | 1) => {
    const i = shownIds.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= shownIds.length) return;
    const next = [...shownIds];
    [next[i], next[j]] = [next[j] as string, next[i] as string];
    p.onWorks(next);
  };

  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- <search> is too new for some browsers still in schools, and for jsdom
    <form role="search" aria-label="Filter the matrix" className="grid gap-3 print:hidden md:grid-cols-2 xl:grid-cols-4" onSubmit={(e) => e.preventDefault()}>
      <fieldset className={box}>
        <legend className="px-1 font-semibold">Works, in column order</legend>
        <ul className="flex flex-col gap-1">
          {[...p.columns, ...p.all.filter((w) => !shownIds.includes(w.id))].map((work) => {
            const shown = shownIds.includes(work.id);
            const at = shownIds.indexOf(work.id);
            return (
              <li key={work.id} className="flex flex-wrap items-center gap-1">
                <label className="inline-flex min-h-6 items-center gap-1">
                  <input type="checkbox" checked={shown} disabled={work.id === p.baseline.id} onChange={(e) => setShown(work.id, e.target.checked)} />
                  <span className="capitalize">{work.medium}</span>
                </label>
                {shown ? (
                  <>
                    <button type="button" className="min-h-6 min-w-6 rounded border border-slate-400 text-sm" disabled={at === 0} onClick={() => move(work.id, -1)} aria-label={`Move the ${work.medium} left`}>
                      ←
                    </button>
                    <button type="button" className="min-h-6 min-w-6 rounded border border-slate-400 text-sm" disabled={at === shownIds.length - 1} onClick={() => move(work.id, 1)} aria-label={`Move the ${work.medium} right`}>
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
          <select value={p.baseline.id} onChange={(e) => p.onBaseline(e.target.value)} className="mt-1 rounded border border-slate-500 px-1 py-1">
            {p.all.map((w) => (
              <option key={w.id} value={w.id}>
                the {w.medium}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset className={box}>
        <legend className="px-1 font-semibold">Categories</legend>
        <div className="grid grid-cols-2 gap-x-3">
          {ELEMENT_CATEGORIES.map((c) => (
            <label key={c} className="inline-flex min-h-6 items-center gap-1">
              <input type="checkbox" checked={p.category.includes(c)} onChange={(e) => p.onCategory(toggleIn(ELEMENT_CATEGORIES, p.category, c, e.target.checked))} />
              {CATEGORY_WORDS[c]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={box}>
        <legend className="px-1 font-semibold">Rows where a work is</legend>
        <div className="grid grid-cols-2 gap-x-3">
          {CHANGE_TYPES.map((s) => (
            <label key={s} className="inline-flex min-h-6 items-center gap-1">
              <input type="checkbox" checked={p.status.includes(s)} onChange={(e) => p.onStatus(toggleIn(CHANGE_TYPES, p.status, s, e.target.checked))} />
              <span aria-hidden="true">{CHANGE_LOOK[s].icon}</span>
              {CHANGE_LOOK[s].word.toLowerCase()}
            </label>
          ))}
        </div>
      </fieldset>

      <div className={`${box} flex flex-col gap-2`}>
        <label className="flex flex-col">
          <span className="font-semibold">Search elements and cells</span>
          <input type="search" value={p.q} onChange={(e) => p.onSearch(e.target.value)} className="mt-1 rounded border border-slate-500 px-2 py-1" />
        </label>
        <label className="inline-flex min-h-6 items-center gap-1">
          <input type="checkbox" checked={p.only === "differences"} onChange={(e) => p.onOnly(e.target.checked ? "differences" : "all")} />
          Only rows where the works differ
        </label>
      </div>
    </form>
  );
}
