import { useEffect } from "react";
import { useLocation } from "react-router";

/**
 * Brings the element named by the URL's #hash into view once the view has rendered it, and marks it
 * (client-side navigation does not update :target, and lazy views render after the browser looked).
 */
export function useHashTarget(ready = true): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!element) return;
    element.classList.add("is-target");
    element.scrollIntoView({ block: "start" });
    return () => element.classList.remove("is-target");
  }, [hash, ready]);
}
