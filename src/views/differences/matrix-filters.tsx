import { CHANGE_TYPES, type ChangeType } from "../../data/schema/vocabularies.ts";
import { ELEMENT_CATEGORIES, type ElementCategory } from "../../data/schema/vocabularies.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { CHANGE_LOOK } from "../../ui/change-badge.tsx";
import WorkColumnsPicker from "../../ui/work-columns-picker.tsx";
import type { useWorkColumns } from "../../ui/work-columns.ts";

type Props = {
  all: Work[];
  works: ReturnType<typeof useWorkColumns>;
  category: ElementCategory[];
  status: ChangeType[];
  onCategory: (category: ElementCategory, on: boolean) => void;
  onStatus: (status: ChangeType, on: boolean) => void;
  /** Passed in rather than imported: this chunk then takes nothing from the view's, which stays a plain route module. */
  categoryWord: (category: ElementCategory) => string;
};

const box = "rounded-md border border-slate-300 p-2";

/** The matrix's full set of filters, behind "Filters": the works and baseline, the categories, the change types. */
export default function MatrixFilters({ all, works, category, status, onCategory, onStatus, categoryWord }: Props) {
  return (
    <>
      <WorkColumnsPicker all={all} {...works} />
      <fieldset className={box}>
        <legend className="px-1 font-semibold">Categories</legend>
        <div className="grid grid-cols-2 gap-x-3">
          {ELEMENT_CATEGORIES.map((c) => (
            <label key={c} className="inline-flex min-h-6 items-center gap-1">
              <input type="checkbox" checked={category.includes(c)} onChange={(e) => onCategory(c, e.target.checked)} />
              {categoryWord(c)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={box}>
        <legend className="px-1 font-semibold">Rows where a work is</legend>
        <div className="grid grid-cols-2 gap-x-3">
          {CHANGE_TYPES.map((s) => (
            <label key={s} className="inline-flex min-h-6 items-center gap-1">
              <input type="checkbox" checked={status.includes(s)} onChange={(e) => onStatus(s, e.target.checked)} />
              <span aria-hidden="true">{CHANGE_LOOK[s].icon}</span>
              {CHANGE_LOOK[s].word.toLowerCase()}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
