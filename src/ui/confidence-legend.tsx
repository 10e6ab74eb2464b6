import { ConfidenceBadge } from "./fact-marks.tsx";

/** The key to the confidence badges, on the pages that list facts (apart from the badge, which every view loads first). */
export function ConfidenceLegend() {
  return (
    <div className="my-4 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
      <h2 className="font-semibold">How well each fact is known</h2>
      <ul className="mt-1 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-5">
        <li>No mark: confirmed by two or more sources</li>
        <li>
          <ConfidenceBadge confidence="single-source" /> rests on one source
        </li>
        <li>
          <ConfidenceBadge confidence="uncertain" /> one weak source, or not confirmed
        </li>
        <li>
          <ConfidenceBadge confidence="disputed" /> sources disagree: every version shown
        </li>
      </ul>
    </div>
  );
}
