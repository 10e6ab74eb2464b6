import { CHANGE_TYPES, type ChangeType } from "../../data/change-type.ts";
import { ELEMENT_CATEGORIES, type ElementCategory } from "../../data/schema/vocabularies.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { CHANGE_LOOK } from "../../ui/change-badge.tsx";
import { WorkColumnsPicker } from "../../ui/work-columns-picker.tsx";
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
  return (
    <form
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- <search> is too new for some browsers still in schools, and for jsdom
      role="search"
      aria-label="Filter the matrix"
      className="grid gap-3 print:hidden md:grid-cols-2 xl:grid-cols-4"
      onSubmit={(e) => e.preventDefault()}
    >
      <WorkColumnsPicker
        all={p.all}
        columns={p.columns}
        baseline={p.baseline}
        onWorks={p.onWorks}
        onBaseline={p.onBaseline}
      />

      <fieldset className={box}>
        <legend className="px-1 font-semibold">Categories</legend>
        <div className="grid grid-cols-2 gap-x-3">
          {ELEMENT_CATEGORIES.map((c) => (
            <label key={c} className="inline-flex min-h-6 items-center gap-1">
              <input
                type="checkbox"
                checked={p.category.includes(c)}
                onChange={(e) => p.onCategory(toggleIn(ELEMENT_CATEGORIES, p.category, c, e.target.checked))}
              />
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
              <input
                type="checkbox"
                checked={p.status.includes(s)}
                onChange={(e) => p.onStatus(toggleIn(CHANGE_TYPES, p.status, s, e.target.checked))}
              />
              <span aria-hidden="true">{CHANGE_LOOK[s].icon}</span>
              {CHANGE_LOOK[s].word.toLowerCase()}
            </label>
          ))}
        </div>
      </fieldset>

      <div className={`${box} flex flex-col gap-2`}>
        <label className="flex flex-col">
          <span className="font-semibold">Search elements and cells</span>
          <input
            type="search"
            value={p.q}
            onChange={(e) => p.onSearch(e.target.value)}
            className="mt-1 rounded border border-slate-500 px-2 py-1"
          />
        </label>
        <label className="inline-flex min-h-6 items-center gap-1">
          <input
            type="checkbox"
            checked={p.only === "differences"}
            onChange={(e) => p.onOnly(e.target.checked ? "differences" : "all")}
          />
          Only rows where the works differ
        </label>
      </div>
    </form>
  );
}
