import type { ComponentProps } from "react";
import { Link, NavLink, useLocation } from "react-router";
import { keptQuery } from "./search-schema.ts";

type To = { to: string };

function withKept(to: string, search: string): string {
  if (to.includes("?")) return to;
  const [path, hash] = to.split("#");
  return `${path}${keptQuery(search)}${hash ? `#${hash}` : ""}`;
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
