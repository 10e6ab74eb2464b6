import type { ReactNode } from "react";
import type { Claim } from "../data/schema/claim.ts";
import { agreedPart } from "../lib/agreed-date.ts";
import { formatPartialDate } from "../lib/partial-date.ts";
import { ConfidenceBadge } from "./fact-marks.tsx";
import { SourceLinks } from "./fact-marks.tsx";
import { MixedText } from "./mixed-text.tsx";
import { SpoilerCover } from "./spoiler-cover.tsx";

type Props<V> = {
  claim: Claim<V>;
  render: (value: V) => ReactNode;
  /** Where the versions are dates, what they all agree on ("2021-11"), so the agreed part can be said. */
  dateOf?: (value: V) => string | undefined;
  /** Where space is short (a card): the value, its mark and sources, without notes or rejected versions. */
  compact?: boolean;
};

/**
 * One claim as a reader needs it: what it says, how well it is known, its sources one click away,
 * every version side by side where sources disagree, and the versions not believed, with why.
 */
export function ClaimView<V>({ claim, render, dateOf, compact = false }: Props<V>) {
  return (
    <SpoilerCover span={claim.span}>
      <div>
        {claim.confidence === "disputed" ? (
          <Disputed versions={claim.versions} render={render} dateOf={dateOf} />
        ) : (
          <p>
            {render(claim.value)}
            <ConfidenceBadge confidence={claim.confidence} />
            <SourceLinks ids={claim.sources} />
          </p>
        )}
        {claim.note && !compact ? (
          <p className="mt-1 text-sm text-slate-700">
            <MixedText text={claim.note} />
            {claim.noteSources ? <SourceLinks ids={claim.noteSources} /> : null}
          </p>
        ) : null}
        {claim.rejected?.length && !compact ? (
          <ul className="mt-1 text-sm text-slate-700">
            {claim.rejected.map((r, i) => (
              <li key={i}>
                <span className="font-semibold">
                  <span aria-hidden="true">✗ </span>Not believed:
                </span>{" "}
                <s>{render(r.value)}</s>
                <SourceLinks ids={r.sources} /> — <MixedText text={r.reason} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </SpoilerCover>
  );
}

function Disputed<V>({
  versions,
  render,
  dateOf,
}: { versions: Extract<Claim<V>, { versions: unknown }>["versions"] } & Pick<Props<V>, "render" | "dateOf">) {
  const dates = dateOf ? versions.map((v) => dateOf(v.value)).filter((d) => d !== undefined) : [];
  const agreed = dates.length === versions.length ? agreedPart(dates) : undefined;
  return (
    <div>
      <p>
        <ConfidenceBadge confidence="disputed" />{" "}
        <span className="text-sm">Sources disagree{agreed ? `; all agree on ${formatPartialDate(agreed)}` : ""}:</span>
      </p>
      <ul className="mt-1 grid gap-2 sm:grid-cols-2">
        {versions.map((version, i) => (
          <li key={i} className="rounded border border-slate-300 px-2 py-1">
            <span className="sr-only">Version {i + 1}: </span>
            {render(version.value)}
            <SourceLinks ids={version.sources} />
            {version.note ? (
              <span className="block text-sm text-slate-700">
                <MixedText text={version.note} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
