import { useQuery } from "@tanstack/react-query";
import { createContext, useContext, useState, type ReactNode } from "react";
import { dataFileQuery } from "../data/queries.ts";
import { isCovered, spoilerWarning, type SpoilerSpan } from "../data/spoilers.ts";
import { useProgress } from "../url-state/use-progress.ts";

const spanKey = (span: SpoilerSpan) => `${span.work}:${span.from}-${span.to}`;
/** Spans a reader has uncovered further up: a claim inside an uncovered cell is not covered twice. */
const Uncovered = createContext<ReadonlySet<string>>(new Set());

/**
 * The spoiler guard around one claim: past the reader's progress (`progress=`), a button that says
 * what it would spoil stands in for it, and uncovers that one claim only.
 */
export function SpoilerCover({ span, children }: { span: SpoilerSpan | undefined; children: ReactNode }) {
  const [progress] = useProgress();
  const works = useQuery(dataFileQuery("works")).data?.works ?? [];
  const above = useContext(Uncovered);
  const [shown, setShown] = useState(false);
  if (!span || !isCovered(progress, span) || above.has(spanKey(span))) return children;
  if (shown) return <Uncovered value={new Set(above).add(spanKey(span))}>{children}</Uncovered>;
  return (
    <button
      type="button"
      onClick={() => setShown(true)}
      className="my-1 rounded border-2 border-dashed border-slate-500 px-2 py-1 text-left text-sm"
    >
      <span aria-hidden="true">◌ </span>
      {spoilerWarning(span, works)} Show it
    </button>
  );
}
