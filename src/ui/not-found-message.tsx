import type { ReactNode } from "react";
import { KeptLink } from "../url-state/kept-link.tsx";
import { href, pageTitle, type LinkTo } from "../url-state/routes.ts";
import { MixedText } from "./mixed-text.tsx";

type Props = {
  /** What the reader asked for, in their words: a path or an id. Unknown to the build's one page for every unknown path (404.html): "this address". */
  asked: string | undefined;
  what: string;
  suggestions: { to: LinkTo; label: ReactNode }[];
};

/**
 * Says plainly what was asked for and was not found, and offers the nearest things that exist. The
 * suggestions come last: added to the page the build drew, they move nothing above them.
 */
export function NotFoundMessage({ asked, what, suggestions }: Props) {
  return (
    <section aria-labelledby="not-found-title" data-timing="not-found" className="py-6">
      <title>{pageTitle("notFound")}</title>
      <h1 id="not-found-title" className="text-3xl font-bold">
        Not found
      </h1>
      <p className="mt-3 text-lg">
        There is no {what}{" "}
        {/* The full stop goes with each: one left in place would move when the path replaces "this address" (a layout shift). */}
        {asked === undefined ? (
          "this address."
        ) : (
          <>
            <code className="rounded bg-slate-100 px-1 font-mono break-all">
              <MixedText text={asked} />
            </code>
            .
          </>
        )}
      </p>
      <p className="mt-3">
        Start from the <KeptLink to={{ route: "overview" }}>overview</KeptLink>, or see every{" "}
        <KeptLink to={{ route: "sources" }}>source</KeptLink>.
      </p>
      {suggestions.length > 0 ? (
        <>
          <h2 className="mt-6 text-xl font-semibold">Did you mean</h2>
          <ul className="mt-2 list-disc pl-6">
            {suggestions.map((s) => (
              <li key={href(s.to)}>
                <KeptLink to={s.to}>{s.label}</KeptLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
