import { KeptLink } from "../url-state/kept-link.tsx";

/** The label a source goes by on screen: its id in capitals ("N9", "SEED-FILM"). */
export function sourceLabel(id: string): string {
  return id.toUpperCase();
}

/** A claim's sources, each one click from its entry on /sources. */
export function SourceLinks({ ids }: { ids: string[] }) {
  return (
    <span className="ml-1 inline-flex flex-wrap gap-x-1 text-xs">
      {ids.map((id) => (
        <KeptLink key={id} to={`/sources#source-${id}`} className="rounded px-0.5 font-mono text-blue-800">
          <span className="sr-only">source </span>[{sourceLabel(id)}]
        </KeptLink>
      ))}
    </span>
  );
}
