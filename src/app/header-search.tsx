import { useEffect, useRef } from "react";
import { useLocation } from "react-router";
import { useGo, useKeptQuery } from "../url-state/kept-query.tsx";
import { isTypingIn } from "../ui/is-typing-in.ts";
import { href, ROUTES, routeSearch } from "../url-state/routes.ts";
import { GLOBAL_SEARCH, parseSearch } from "../url-state/search-schema.ts";

/**
 * The site search box: typing shows the results on /search as you go, one history entry per search.
 * "/" anywhere focuses it; ArrowDown moves into the results.
 */
export function HeaderSearch() {
  const { go } = useGo();
  const kept = useKeptQuery();
  const { pathname, search } = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const onResults = pathname === ROUTES.search.path;
  const query = onResults ? parseSearch(routeSearch("search"), new URLSearchParams(search)).values.q : "";

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTypingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const show = (value: string) => {
    const globals = parseSearch(GLOBAL_SEARCH, new URLSearchParams(kept)).values;
    go(href({ route: "search", search: { ...globals, q: value } }), { replace: onResults && query !== "" });
  };

  return (
    <form
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- <search> is too new for some browsers still in schools, and for jsdom
      role="search"
      aria-label="Search Parallels"
      className="flex items-center gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        show(input.current?.value ?? "");
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        Search Parallels
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        value={query}
        placeholder="Search"
        onChange={(e) => show(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "ArrowDown") return;
          const first = document.querySelector<HTMLAnchorElement>("#search-results a");
          if (!first) return;
          e.preventDefault();
          first.focus();
        }}
        className="w-36 rounded border border-slate-500 bg-white px-2 py-1 text-sm"
      />
      <kbd
        className="hidden rounded border border-slate-400 px-1 text-xs text-slate-700 sm:inline"
        title="Press / to search"
      >
        /
      </kbd>
    </form>
  );
}
