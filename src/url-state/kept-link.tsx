import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { NavLink, type NavLinkProps } from "react-router";
import { BASENAME, useGo, useKeptQuery } from "./kept-query.tsx";
import { href as linkHref, type LinkTo } from "./routes.ts";

type To = { to: LinkTo };

/** The link with the current page's global parameters added, where the link does not set them itself. */
function withKept(to: string, kept: string): string {
  if (!kept) return to;
  const [target = "", hash] = to.split("#");
  const [path, query] = target.split("?");
  const params = new URLSearchParams(query);
  for (const [name, value] of new URLSearchParams(kept)) if (!params.has(name)) params.set(name, value);
  const merged = params.toString();
  return `${path}${merged ? `?${merged}` : ""}${hash ? `#${hash}` : ""}`;
}

/**
 * A link to a route of the registry (routes.ts) that keeps the global parameters (names, progress, present). A plain anchor
 * that navigates within the app as react-router's Link does (a plain click; modified clicks and other
 * targets are the browser's), but redraws only when the global parameters change: a view holds
 * hundreds of source links, and Link would redraw every one on every keystroke in a filter.
 */
export function KeptLink({ to, onClick, children, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & To) {
  const { go } = useGo();
  const target = withKept(linkHref(to), useKeptQuery());
  const href = BASENAME === "/" ? target : `${BASENAME}${target}`;
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey ||
      (props.target ?? "_self") !== "_self"
    )
      return;
    event.preventDefault();
    // Following a link to where the reader already is adds no history entry, as with Link.
    go(target, { replace: `${location.pathname}${location.search}${location.hash}` === href });
  };
  return (
    <a href={href} onClick={follow} {...props}>
      {children}
    </a>
  );
}

/** The header's version of KeptLink, marked as the current page where it is. */
export function KeptNavLink({ to, ...props }: Omit<NavLinkProps, "to"> & To) {
  return <NavLink to={withKept(linkHref(to), useKeptQuery())} {...props} />;
}
