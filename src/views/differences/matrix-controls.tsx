import { lazy } from "react";
import {
  CHANGE_TYPES,
  ELEMENT_CATEGORIES,
  type ChangeType,
  type ElementCategory,
} from "../../data/schema/vocabularies.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { CHANGE_LOOK } from "../../ui/change-badge.tsx";
import { FilterToolbar, type Chip } from "../../ui/filter-toolbar.tsx";
import { OnlyDifferences } from "../../ui/only-differences.tsx";
import type { useWorkColumns } from "../../ui/work-columns.ts";
import { toggled } from "../../url-state/fields.ts";

// The full set of filters opens behind "Filters": its code comes then (or when the pointer or focus nears it).
const loadMatrixFilters = () => import("./matrix-filters.tsx");
const MatrixFilters = lazy(loadMatrixFilters);
import type { MatrixFilter } from "./matrix-model.ts";
import { categoryWord } from "./category-words.ts";

type Props = MatrixFilter & {
  all: Work[];
  /** The columns, their handlers and chips (useWorkColumns). */
  works: ReturnType<typeof useWorkColumns>;
  characterName: string | undefined;
  update: (patch: Partial<MatrixFilter & { character: string }>, options?: { typing?: boolean }) => void;
  onClear: () => void;
};

/** Every setting of the matrix; each change goes to the URL (typing replaces the entry, a choice pushes one). */
export function MatrixControls(p: Props) {
  const { update } = p;
  const category = (c: ElementCategory, on: boolean) =>
    update({ category: toggled(ELEMENT_CATEGORIES, p.category, c, on) });
  const status = (s: ChangeType, on: boolean) => update({ status: toggled(CHANGE_TYPES, p.status, s, on) });
  const filters: Chip[] = [
    ...(p.category.length < ELEMENT_CATEGORIES.length ? p.category : []).map((c) => ({
      name: `Category: ${categoryWord(c)}`,
      remove: () => category(c, false),
    })),
    ...(p.status.length < CHANGE_TYPES.length ? p.status : []).map((s) => ({
      name: `Rows: ${CHANGE_LOOK[s].word.toLowerCase()}`,
      remove: () => status(s, false),
    })),
  ];
  if (p.characterName) filters.push({ name: `About ${p.characterName}`, remove: () => update({ character: "" }) });
  return (
    <FilterToolbar
      label="Filter the matrix"
      preload={loadMatrixFilters}
      chips={[...p.works.chips, ...filters]}
      panel={
        <MatrixFilters
          all={p.all}
          works={p.works}
          category={p.category}
          status={p.status}
          onCategory={category}
          onStatus={status}
          categoryWord={categoryWord}
        />
      }
    >
      <label>
        <span className="sr-only">Search elements and cells</span>
        <input
          type="search"
          value={p.q}
          placeholder="Search elements and cells"
          onChange={(e) => update({ q: e.target.value }, { typing: true })}
          className="w-64 rounded border border-slate-500 px-2 py-1"
        />
      </label>
      <OnlyDifferences only={p.only} onOnly={(only) => update({ only })} />
      {filters.length || p.q || p.only !== "all" ? (
        <button type="button" onClick={p.onClear} className="rounded border border-slate-500 px-2 py-1 text-sm">
          Clear filters
        </button>
      ) : null}
    </FilterToolbar>
  );
}
