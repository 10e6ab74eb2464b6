import type { ComponentProps } from "react";
import { Link, NavLink, useLocation } from "react-router";
import { keptQuery } from "./search-schema.ts";

type To = { to: string };

/** The link with the current page's global parameters added, where the link does not set them itself. */
function withKept(to: string, search: string): string {
  const [target = "", hash] = to.split("#");
  const [path, query] = target.split("?");
  const params = new URLSearchParams(query);
  for (const [name, value] of new URLSearchParams(keptQuery(search))) if (!params.has(name)) params.set(name, value);
  const merged = params.toString();
  return `${path}${merged ? `?${merged}` : ""}${hash ? `#${hash}` : ""}`;
}

/** A link to another view that keeps the global parameters (names, progress, present). */
export function KeptLink({ to, ...props }: Omit<ComponentProps<typeof Link>, "to"> & To) {
  const { search } = useLocation();
  return <Link to={withKept(to, search)} {...props} />;
}

/** The header's version of KeptLink, marked as the current page where it is. */
export function KeptNavLink({ to, ...props }: Omit<ComponentProps<typeof NavLink>, "to"> & To) {
  const { search } = useLocation();
  return <NavLink to={withKept(to, search)} {...props} />;
}
