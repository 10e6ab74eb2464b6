import type { IgnoredParam } from "./search-schema.ts";

/** Says, on the page, which parts of the address were not understood and were left aside. */
export function IgnoredParamsNote({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <aside
      aria-label="Parts of the address that were ignored"
      className="my-3 rounded-md border border-amber-700/40 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="font-semibold">Some of the address was not understood and is ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {ignored.map((item, i) => (
          <li key={`${item.name}-${i}`}>
            <code className="font-mono">{item.name}</code> {item.reason}
          </li>
        ))}
      </ul>
    </aside>
  );
}
