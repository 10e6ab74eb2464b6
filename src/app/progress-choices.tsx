import { useQuery } from "@tanstack/react-query";
import { dataFileQuery } from "../data/queries.ts";
import { useProgress } from "../url-state/use-progress.ts";

/**
 * The spoiler guard's choices: how far the reader has got in each work, in its own units. Each change
 * applies at once (`progress=` in the URL) and is remembered on this device.
 */
export default function ProgressChoices({ onDone }: { onDone: () => void }) {
  const works = useQuery(dataFileQuery("works")).data?.works ?? [];
  const [progress, setProgress] = useProgress();
  const set = (workId: string, value: number) =>
    setProgress({ ...Object.fromEntries(works.map((w) => [w.id, 0])), ...progress, [workId]: value });
  return (
    <>
      <p className="text-sm">
        Say how far you have got: anything later is covered, with a label saying what it would spoil.
      </p>
      {works.map((work) =>
        work.units.kind === "film" ? (
          <label key={work.id} className="mt-2 flex min-h-6 items-center gap-2">
            <input
              type="checkbox"
              checked={(progress?.[work.id] ?? 0) >= 1}
              onChange={(e) => set(work.id, e.target.checked ? 1 : 0)}
            />
            I have seen the {work.medium}
          </label>
        ) : (
          <label key={work.id} className="mt-2 flex flex-wrap items-center gap-2">
            {work.units.kind === "part" ? `Parts of the ${work.medium} read` : `Episodes of the ${work.medium} seen`}
            <select
              value={progress?.[work.id] ?? 0}
              onChange={(e) => set(work.id, Number(e.target.value))}
              className="rounded border border-slate-500 bg-white px-1"
            >
              {Array.from({ length: work.units.count + 1 }, (_, n) => (
                <option key={n} value={n}>
                  {n === 0 ? "none" : n === work.units.count ? `all ${n}` : `${n}`}
                </option>
              ))}
            </select>
          </label>
        ),
      )}
      <button
        type="button"
        onClick={() => {
          setProgress(null);
          onDone();
        }}
        className="mt-3 rounded border border-slate-500 px-2 py-1"
      >
        Turn the guard off
      </button>
      <p className="mt-2 text-sm text-slate-700">
        Remembered on this device. A link that carries its own progress wins.
      </p>
    </>
  );
}
