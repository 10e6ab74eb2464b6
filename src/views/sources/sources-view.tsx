import { useMemo } from "react";
import { collectClaims } from "../../data/collect-claims.ts";
import { CONFIDENCES } from "../../data/schema/vocabularies.ts";
import { useDataset } from "../../data/use-dataset.ts";
import { ConfidenceBadge } from "../../ui/fact-marks.tsx";
import { KIND_WORDS } from "../../ui/source-preview.ts";
import { sourceNumber } from "../../ui/fact-marks.tsx";
import { useHashTarget } from "../../ui/use-hash-target.ts";
import { IgnoredParamsNote } from "../../url-state/ignored-params-note.tsx";
import { KeptLink } from "../../url-state/kept-link.tsx";
import { useViewSearch } from "../../url-state/use-view-search.ts";
import { toggled } from "../../url-state/fields.ts";
import { pageTitle } from "../../url-state/routes.ts";
import { countByConfidence, filterSources } from "./filter-sources.ts";
import { EmptyState } from "../../ui/filtered-list.tsx";

const CONFIDENCE_WORDS = {
  confirmed: "confirmed (two or more sources)",
  "single-source": "resting on a single source",
  uncertain: "unconfirmed",
  disputed: "disputed",
} as const;

const LANGUAGE_WORDS: Record<string, string> = {
  en: "English",
  ko: "Korean",
  ja: "Japanese",
  fr: "French",
  de: "German",
  pl: "Polish",
};

export default function SourcesView() {
  const data = useDataset();
  const { values, ignored, update } = useViewSearch("sources");
  const claims = useMemo(() => collectClaims(data), [data]);
  const counts = useMemo(() => countByConfidence(claims), [claims]);
  const entries = filterSources(data.sources.sources, claims, { q: values.q, confidence: values.confidence });
  const shownClaims = new Set(entries.flatMap((e) => e.claims)).size;
  const filtered = values.q !== "" || values.confidence.length !== CONFIDENCES.length;
  useHashTarget(entries.length > 0);

  const toggle = (confidence: (typeof CONFIDENCES)[number], on: boolean) =>
    update({ confidence: toggled(CONFIDENCES, values.confidence, confidence, on) });

  return (
    <>
      <title>{pageTitle("sources")}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">Sources</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Every fact in Parallels cites at least one of these {data.sources.sources.length} sources. Each source lists the
        claims that rest on it.
      </p>
      <p className="mt-2">
        The data holds {claims.length} claims: {counts.confirmed} confirmed, {counts["single-source"]} resting on a
        single source, {counts.uncertain} unconfirmed and {counts.disputed} disputed.
      </p>
      <IgnoredParamsNote ignored={ignored} />

      <form
        // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- <search> is too new for some browsers still in schools, and for jsdom
        role="search"
        className="mt-4 flex flex-col gap-3 rounded-md border border-slate-300 p-3 sm:flex-row sm:flex-wrap sm:items-end"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="flex flex-col">
          <label htmlFor="sources-q" className="font-semibold">
            Search sources and claims
          </label>
          <input
            id="sources-q"
            type="search"
            value={values.q}
            onChange={(e) => update({ q: e.target.value }, { typing: true })}
            className="mt-1 w-full rounded border border-slate-500 px-2 py-1 sm:w-72"
          />
        </div>
        <fieldset>
          <legend className="font-semibold">Show claims that are</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {CONFIDENCES.map((confidence) => (
              <label key={confidence} className="inline-flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={values.confidence.includes(confidence)}
                  onChange={(e) => toggle(confidence, e.target.checked)}
                />
                {CONFIDENCE_WORDS[confidence]}
              </label>
            ))}
          </div>
        </fieldset>
        {filtered ? (
          <button
            type="button"
            className="rounded border border-slate-500 px-3 py-1"
            onClick={() => update({ q: "", confidence: [...CONFIDENCES] })}
          >
            Clear filters
          </button>
        ) : null}
      </form>

      <output className="mt-3 block font-semibold">
        {entries.length} of {data.sources.sources.length} sources, citing {shownClaims} claims
      </output>

      {entries.length === 0 ? (
        <EmptyState nothing="source" onClear={() => update({ q: "", confidence: [...CONFIDENCES] })} />
      ) : (
        <ol data-timing="sources" className="mt-4 flex flex-col gap-4">
          {entries.map(({ source, claims: cited }) => (
            <li
              key={source.id}
              id={`source-${source.id}`}
              tabIndex={-1}
              className="rounded-md border border-slate-300 p-3"
            >
              <h2 className="text-lg font-semibold">
                {sourceNumber(data.sources.sources, source.id)}. {source.title}
              </h2>
              <p className="text-sm text-slate-700">
                {source.publisher} · {KIND_WORDS[source.kind]} · in {LANGUAGE_WORDS[source.language]}
              </p>
              {source.caution ? (
                <p className="mt-1 text-sm">
                  <span className="font-semibold">
                    <span aria-hidden="true">⚠ </span>Caution:
                  </span>{" "}
                  {source.caution}
                </p>
              ) : null}
              <p className="mt-1 text-sm break-all">
                <a href={source.url} rel="noreferrer">
                  {source.url}
                </a>
              </p>
              <h3 className="mt-2 text-sm font-semibold">
                Cited by {cited.length === 1 ? "1 claim" : `${cited.length} claims`}
              </h3>
              <ul className="mt-1 list-disc pl-6 text-sm">
                {cited.map((ref) => (
                  <li key={ref.path} className="py-1">
                    {ref.to ? <KeptLink to={ref.to}>{ref.label}</KeptLink> : ref.label}
                    <ConfidenceBadge confidence={ref.claim.confidence} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
