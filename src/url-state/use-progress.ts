import { useCallback } from "react";
import { PROGRESS_KEY } from "../head/head-keys.ts";
import type { Progress } from "./fields.ts";
import { GLOBAL_SEARCH } from "./search-schema.ts";
import { useGlobalParam } from "./use-global-param.ts";

/** A progress in the URL wins over the one remembered on this device. */
/** The spoiler guard's reading position (`progress=`); setting it also remembers it on this device. */
export function useProgress(): [Progress | null, (progress: Progress | null, options?: { replace?: boolean }) => void] {
  const [progress, setParam] = useGlobalParam("progress");
  const setProgress = useCallback(
    (next: Progress | null, options?: { replace?: boolean }) => {
      try {
        if (next) localStorage.setItem(PROGRESS_KEY, GLOBAL_SEARCH.progress.serialize(next));
        else localStorage.removeItem(PROGRESS_KEY);
      } catch {
        // Storage refused: the progress still holds in the URL.
      }
      setParam(next, options);
    },
    [setParam],
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
