import { lazy, Suspense, useEffect, useState } from "react";
import { useLocation } from "react-router";
import { contentNoteTopics } from "../data/content-note-topics.ts";
import type { ElementRow } from "../data/element-rows.ts";
import type { Work } from "../data/schema/works-file.ts";
import { capitalize } from "../lib/capitalize.ts";
import { publicAddress } from "../url-state/public-address.ts";
import { ElementCell } from "./element-cell.tsx";
import { isInField } from "./is-typing-in.ts";

const QrCode = lazy(() => import("./qr-code.tsx"));

const NEXT = new Set([" ", "ArrowRight", "ArrowDown", "PageDown"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

export type LessonDeckProps = {
  /** The rows the view shows now (its filters applied), in its order. */
  rows: ElementRow[];
  columns: Work[];
  baseline: Work;
  /** The row in focus, 1-based, as in `step=`; 0 is the content note, when it comes first. */
  step: number;
  /** The lesson opens on the content note (step 0): the class sees its topics before the first row. */
  noteFirst: boolean;
  quiz: boolean;
  onStep: (step: number) => void;
  onQuiz: (quiz: boolean) => void;
  /** Where a row sits, in the view's own terms ("Part 1 · Plot"). */
  context: (row: ElementRow) => string;
  /** What the view currently shows, in words (its filters). */
  statement: string;
};

/**
 * Projector mode's lesson: the view's rows one at a time, large, with a question for the class,
 * after the content note (step 0) unless the link leaves it out (`notes=off`).
 * Arrow keys, Space and Page Up/Down step (`step=`); with `quiz=1` every cell but the baseline's is
 * hidden until revealed, one at a time, by the same keys. A QR code carries the exact address.
 */
export default function LessonDeck({
  rows,
  columns,
  baseline,
  step,
  noteFirst,
  quiz,
  onStep,
  onQuiz,
  context,
  statement,
}: LessonDeckProps) {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [showQr, setShowQr] = useState(false);
  const { pathname, search } = useLocation();
  const firstStep = noteFirst ? 0 : 1;
  const at = Math.min(Math.max(step, firstStep), rows.length);
  const row = at === 0 ? undefined : rows[at - 1];
  const key = (workId: string) => `${row?.element.id}.${workId}`;
  const hidden = row && quiz ? row.cells.filter((c) => c.work.id !== baseline.id && !revealed.has(key(c.work.id))) : [];
  const reveal = (workId: string) => setRevealed((r) => new Set(r).add(key(workId)));
  const go = (n: number) => onStep(Math.min(Math.max(n, firstStep), rows.length));
  const next = () => {
    const first = hidden[0];
    if (first) reveal(first.work.id);
    else if (at < rows.length) go(at + 1);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isInField(event.target)) return;
      // Space and Enter on a button are that button's own.
      if (event.key === " " && event.target instanceof HTMLButtonElement) return;
      if (NEXT.has(event.key)) next();
      else if (PREVIOUS.has(event.key)) go(at - 1);
      else if (event.key === "Home") go(firstStep);
      else if (event.key === "End") go(rows.length);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  if (!rows.length)
    return (
      <p className="mt-6 text-2xl">No row to present: these filters leave none. Leave projector mode to change them.</p>
    );
  const address = publicAddress(pathname, search);

  return (
    <section aria-labelledby="lesson-row" className="mt-4">
      <p className="text-lg text-slate-700">
        {row ? `Row ${at} of ${rows.length}.` : `Before row 1 of ${rows.length}.`} {statement}
      </p>
      <h2 id="lesson-row" className="mt-2 text-4xl font-bold" aria-live="polite">
        {row ? row.element.name : "Content note"}
      </h2>
      {row ? (
        <Row
          row={row}
          columns={columns}
          baseline={baseline}
          hidden={hidden}
          quiz={quiz}
          context={context}
          reveal={reveal}
        />
      ) : (
        <NoteSlide columns={columns} />
      )}
      <div className="mt-6 flex flex-wrap items-center gap-3 print:hidden">
        <button
          type="button"
          onClick={() => go(at - 1)}
          disabled={at === firstStep}
          className="rounded border-2 border-slate-700 px-4 py-2 disabled:opacity-50"
        >
          <span aria-hidden="true">← </span>Previous row
        </button>
        <button
          type="button"
          onClick={() => go(at + 1)}
          disabled={at === rows.length}
          className="rounded border-2 border-slate-700 px-4 py-2 disabled:opacity-50"
        >
          Next row<span aria-hidden="true"> →</span>
        </button>
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" checked={quiz} onChange={(e) => onQuiz(e.target.checked)} className="size-5" />
          Quiz: hide the cells until revealed
        </label>
        <button
          type="button"
          aria-expanded={showQr}
          onClick={() => setShowQr(!showQr)}
          className="rounded border-2 border-slate-700 px-4 py-2"
        >
          {showQr ? "Hide the QR code" : "Show a QR code of this link"}
        </button>
      </div>
      <p className="mt-3 text-base text-slate-700">
        Keys: Space, → or ↓ for the next {quiz ? "cell or row" : "row"}; ← or ↑ for the previous row; Home and End for
        the {noteFirst ? "content note" : "first row"} and the last row. Escape leaves projector mode.
      </p>
      {showQr ? (
        <figure className="mt-4 w-80">
          <Suspense fallback={<p>Drawing the QR code…</p>}>
            <QrCode text={address} label="QR code of this view's address" />
          </Suspense>
          <figcaption className="mt-2 text-base break-all">Scan to open this view: {address}</figcaption>
        </figure>
      ) : null}
    </section>
  );
}

/** Step 0: the topics of the works on show, before the class sees any row. */
function NoteSlide({ columns }: { columns: Work[] }) {
  return (
    <div data-content-note className="mt-4 max-w-5xl">
      <p className="text-2xl">These rows tell what happens in the stories, which deal with, among other things:</p>
      <ul aria-label="Topics by work" className="mt-2 list-disc pl-8 text-2xl">
        {columns.map((work) => (
          <li key={work.id}>
            <span className="font-semibold">{capitalize(work.medium)}:</span>{" "}
            {contentNoteTopics(work).join(", ") || "no topics noted"}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-lg text-slate-700">Each work's page lists these notes with their sources.</p>
    </div>
  );
}

type RowProps = {
  row: ElementRow;
  columns: Work[];
  baseline: Work;
  hidden: ElementRow["cells"];
  quiz: boolean;
  context: (row: ElementRow) => string;
  reveal: (workId: string) => void;
};

/** One row of the lesson: where it sits, the question, and each work's cell. */
function Row({ row, columns, baseline, hidden, quiz, context, reveal }: RowProps) {
  return (
    <>
      <p className="text-lg text-slate-700">{context(row)}</p>
      {/* In a quiz the question waits for the answers: it often names what changed. */}
      <p className="mt-4 max-w-5xl rounded-md border-l-8 border-slate-700 bg-slate-50 px-4 py-3 text-2xl">
        {hidden.length ? (
          <>
            <span className="font-semibold">Guess first: </span>how do the hidden works tell this? The question for
            discussion comes once the cells are revealed.
          </>
        ) : (
          <>
            <span className="font-semibold">Discuss: </span>
            {row.element.prompt}
          </>
        )}
      </p>
      <table className="mt-6 w-full table-fixed border-collapse text-left">
        <caption className="sr-only">
          {row.element.name}: each work's cell{quiz ? "; hidden cells are revealed one at a time" : ""}
        </caption>
        <thead>
          <tr>
            {columns.map((work) => (
              <th key={work.id} scope="col" className="border-b-4 border-slate-700 p-3 text-2xl">
                {capitalize(work.medium)}
                {work.id === baseline.id ? <span className="text-lg font-normal"> (baseline)</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="align-top">
            {row.cells.map((cell) => (
              <td key={cell.work.id} className="border-b border-slate-400 p-3">
                {hidden.includes(cell) ? (
                  <button
                    type="button"
                    onClick={() => reveal(cell.work.id)}
                    className="w-full rounded-md border-2 border-dashed border-slate-700 p-6 text-xl"
                  >
                    <span aria-hidden="true">? </span>Reveal the {cell.work.medium}
                  </button>
                ) : (
                  <ElementCell cell={cell} />
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </>
  );
}
