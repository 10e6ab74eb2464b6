import { KeptLink } from "../url-state/kept-link.tsx";

/** The label a source goes by on screen: its id in capitals ("N9", "SEED-FILM"). */
export function sourceLabel(id: string): string {
  return id.toUpperCase();
}

/**
 * A claim's sources, each one click from its entry on /sources. `tabbable={false}` takes them out of
 * the Tab order where the same sources are one Enter away (a matrix cell opens with them): a mouse
 * and a screen reader still reach them.
 */
export function SourceLinks({ ids, tabbable = true }: { ids: string[]; tabbable?: boolean }) {
  return (
    <span className="ml-1 inline-flex flex-wrap gap-1 align-middle text-xs">
      {ids.map((id) => (
        <KeptLink
          key={id}
          to={`/sources#source-${id}`}
          tabIndex={tabbable ? undefined : -1}
          className="inline-flex min-h-6 min-w-6 items-center justify-center rounded px-1 font-mono text-blue-800"
        >
          <span className="sr-only">source </span>[{sourceLabel(id)}]
        </KeptLink>
      ))}
    </span>
  );
}
