import { defaultBaselineId, resolveColumns } from "../data/element-rows.ts";
import type { Work } from "../data/schema/works-file.ts";
import type { Chip } from "./filter-toolbar.tsx";
import { unlessAll } from "../url-state/fields.ts";

/**
 * The columns and baseline a view's URL asks for, the handlers that write a choice back (a default
 * leaves its parameter out), and their chips: each hidden work, and a baseline other than the default.
 */
export function useWorkColumns(
  all: Work[],
  works: string[],
  baselineId: string,
  update: (patch: { works?: string[]; baseline?: string }) => void,
) {
  const resolved = resolveColumns(all, works, baselineId);
  const byDefault = defaultBaselineId(all, works);
  const shownIds = resolved.columns.map((w) => w.id);
  const onWorks = (ids: string[]) =>
    update({
      works: unlessAll(
        all.map((w) => w.id),
        ids,
      ),
    });
  const onBaseline = (id: string) => update({ baseline: id === byDefault ? "" : id });
  const chips: Chip[] = all
    .filter((w) => !shownIds.includes(w.id))
    .map((w) => ({ name: `Without the ${w.medium}`, remove: () => onWorks([...shownIds, w.id]) }));
  if (resolved.baseline.id !== byDefault)
    chips.push({ name: `Compared with the ${resolved.baseline.medium}`, remove: () => onBaseline(byDefault) });
  return { ...resolved, onWorks, onBaseline, chips };
}
