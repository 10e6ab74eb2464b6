import { useEffect } from "react";
import { useLocation } from "react-router";
import { focusIsFree } from "./focus-is-free.ts";

/**
 * Brings the element named by the URL's #hash into view once the view has rendered it, and marks it
 * (client-side navigation does not update :target, and lazy views render after the browser looked).
 * It also takes focus, as a link within a page gives it, so Tab goes on from there.
 */
export function useHashTarget(ready = true): void {
  const { hash } = useLocation();
  useEffect(() => {
    // The ids are ASCII, as a link writes them: no decoding, so a malformed "%" in a typed address finds nothing instead of throwing.
    const element = ready ? document.getElementById(hash.slice(1)) : null;
    if (!element) return;
    element.classList.add("is-target");
    element.scrollIntoView({ block: "start" });
    if (focusIsFree()) {
      // Focusable by script only: a row or a fact is not a Tab stop of its own.
      if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
      element.focus({ preventScroll: true });
    }
    return () => element.classList.remove("is-target");
  }, [hash, ready]);
}
