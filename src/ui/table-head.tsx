import type { ReactNode } from "react";

/** A table's header row: one column header per entry, scoped to its column. */
export function TableHead({ columns }: { columns: ReactNode[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => (
          <th key={i} scope="col" className="border-b-2 border-slate-400 p-2">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
