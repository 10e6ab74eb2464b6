import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { GLOBAL_SEARCH } from "./search-schema.ts";

/**
 * Projector mode (`present=1`), read from the URL and switched there, keeping every other parameter.
 * Switching pushes a history entry, so Back leaves projector mode.
 */
export function usePresentMode(): [boolean, (on: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const present = GLOBAL_SEARCH.present.parse(params.get("present") ?? "").value;
  const setPresent = useCallback(
    (on: boolean) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (on) next.set("present", "1");
          else next.delete("present");
          return next;
        },
        { preventScrollReset: true },
      ),
    [setParams],
  );
  return [present, setPresent];
}
