import { useState } from "react";
import type { Work } from "../data/schema/works-file.ts";

/**
 * The one work a small screen shows: the reader's choice while it is among the columns, else `first`.
 * Unticking the chosen work (or a link that leaves it out) never leaves the phone with no work column.
 */
export function useNarrowWork(columns: Work[], first: string): [string, (id: string) => void] {
  const [chosen, setChosen] = useState<string>();
  return [chosen !== undefined && columns.some((w) => w.id === chosen) ? chosen : first, setChosen];
}

/** On a small screen, which one of the columns to show: the others stay in the page and the URL, just hidden. */
export function NarrowWorkPicker({
  columns,
  value,
  onChange,
}: {
  columns: Work[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label className="mt-2 flex items-center gap-2 sm:hidden print:hidden">
      <span className="font-semibold">Work shown</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="rounded border border-slate-500 px-1 py-1"
      >
        {columns.map((w) => (
          <option key={w.id} value={w.id}>
            the {w.medium}
          </option>
        ))}
      </select>
    </label>
  );
}
