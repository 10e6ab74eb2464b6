import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { GLOBAL_SEARCH } from "./search-schema.ts";
import type { Progress } from "./fields.ts";

/** Where a reader's own progress is remembered on this device; a progress in the URL wins. */
export const PROGRESS_KEY = "parallels-progress";

/**
 * The spoiler guard's reading position (`progress=`), read from the URL and set there, keeping every
 * other parameter. Setting pushes a history entry and remembers the progress on this device.
 */
export function useProgress(): [Progress | null, (progress: Progress | null, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const progress = GLOBAL_SEARCH.progress.parse(params.get("progress") ?? "").value;
  const setProgress = useCallback(
    (next: Progress | null, options?: { replace?: boolean }) => {
      try {
        if (next) localStorage.setItem(PROGRESS_KEY, GLOBAL_SEARCH.progress.serialize(next));
        else localStorage.removeItem(PROGRESS_KEY);
      } catch {
        // Storage refused: the progress still holds in the URL.
      }
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next) updated.set("progress", GLOBAL_SEARCH.progress.serialize(next));
          else updated.delete("progress");
          return updated;
        },
        { preventScrollReset: true, replace: Boolean(options?.replace) },
      );
    },
    [setParams],
  );
  return [progress, setProgress];
}

/** The progress remembered on this device, if any. */
export function rememberedProgress(): Progress | null {
  try {
    return GLOBAL_SEARCH.progress.parse(localStorage.getItem(PROGRESS_KEY) ?? "").value;
  } catch {
    return null;
  }
}
