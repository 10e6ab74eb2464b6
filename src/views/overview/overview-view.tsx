import { useSuspenseQuery } from "@tanstack/react-query";
import { leadingValue } from "../../data/claim-parts.ts";
import { dataFileQuery } from "../../data/queries.ts";
import { sectionName } from "../../data/section-name.ts";
import type { Section, Work } from "../../data/schema/works-file.ts";
import { FactList } from "../../ui/fact-list.tsx";
import { PersonName } from "../../ui/person-name.tsx";
import { SourceLinks } from "../../ui/fact-marks.tsx";
import { TableScroller } from "../../ui/table-scroller.tsx";
import { IgnoredParamsNote } from "../../url-state/ignored-params-note.tsx";
import { KeptLink } from "../../url-state/kept-link.tsx";
import { useViewSearch } from "../../url-state/use-view-search.ts";
import { pageTitle } from "../../url-state/routes.ts";
import { capitalize } from "../../lib/capitalize.ts";
import { coverage, type CoverageCell } from "./coverage.ts";
import { TextClaim } from "../../ui/text-claim.tsx";

export default function OverviewView() {
  const { data } = useSuspenseQuery(dataFileQuery("works"));
  const { ignored } = useViewSearch("overview");
  const works = data.works;
  return (
    <>
      <title>{pageTitle("overview")}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">Love in the Big City, told three ways</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-800">
        One story as a book, a film and a series. Lay them side by side and see what each telling keeps, changes, adds
        and leaves out, with a source for every fact.
      </p>
      <IgnoredParamsNote ignored={ignored} />

      <section aria-labelledby="works-title" className="mt-8">
        <h2 id="works-title" className="text-2xl font-semibold">
          The three works
        </h2>
        <ul data-timing="works" className="mt-3 grid gap-4 md:grid-cols-3">
          {works.map((work) => (
            <WorkCard key={work.id} work={work} />
          ))}
        </ul>
      </section>

      <CoverageTable works={works} />

      <section aria-labelledby="ways-in-title" className="mt-10">
        <h2 id="ways-in-title" className="text-2xl font-semibold">
          Ways in
        </h2>
        <ul className="mt-2 list-disc pl-6 leading-8">
          {works.map((work) => (
            <li key={work.id}>
              <KeptLink to={{ route: "work", params: { workId: work.id } }}>
                Everything about the {work.medium}
              </KeptLink>
              : structure, credits, dates, figures and awards
            </li>
          ))}
          <li>
            <KeptLink to={{ route: "sources", search: { confidence: ["single-source"] } }}>
              Facts that rest on a single source
            </KeptLink>
          </li>
          <li>
            <KeptLink to={{ route: "sources", search: { confidence: ["disputed"] } }}>
              Facts the sources disagree on
            </KeptLink>
          </li>
          <li>
            <KeptLink to={{ route: "sources" }}>Every source</KeptLink>, with the claims that cite it
          </li>
        </ul>
      </section>
    </>
  );
}

function WorkCard({ work }: { work: Work }) {
  return (
    <li className="flex flex-col rounded-lg border border-slate-300 p-4">
      <h3 className="text-xl font-semibold">
        <KeptLink to={{ route: "work", params: { workId: work.id } }}>
          {work.title} <span className="text-base font-normal">({work.medium})</span>
        </KeptLink>
      </h3>
      <div className="mt-2 text-slate-800">
        <TextClaim claim={work.summary} compact />
      </div>
      <div className="mt-2 flex-1">
        <FactList facts={work.facts.filter((f) => f.highlight)} compact />
      </div>
      <p className="mt-3">
        <KeptLink to={{ route: "work", params: { workId: work.id } }}>Every fact about the {work.medium}</KeptLink>
      </p>
    </li>
  );
}

function partTitle(part: Section) {
  const en = part.titleEn ? leadingValue<string>(part.titleEn) : undefined;
  const ko = part.titleKo ? leadingValue<string>(part.titleKo) : undefined;
  return (
    <>
      {en ? `“${en}”` : null}
      {ko ? (
        <>
          {en ? " " : null}
          <span lang="ko">{ko}</span>
        </>
      ) : null}
    </>
  );
}

function CoverageTable({ works }: { works: Work[] }) {
  const result = coverage(works);
  if (!result) return null;
  const { original, rows } = result;
  return (
    <section aria-labelledby="coverage-title" className="mt-10">
      <h2 id="coverage-title" className="text-2xl font-semibold">
        Which parts of the {original.medium} each telling covers
      </h2>
      <TableScroller label={`Parts of the ${original.medium}, by work`}>
        <table className="w-full min-w-[36rem] border-collapse text-left">
          <caption className="sr-only">Each part of the {original.medium}, and whether each work tells it</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-slate-400 p-2">
                Part of the {original.medium}
              </th>
              {works.map((work) => (
                <th key={work.id} scope="col" className="border-b-2 border-slate-400 p-2">
                  {capitalize(work.medium)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.part.id} className="align-top">
                <th scope="row" className="border-b border-slate-200 p-2 font-semibold">
                  {sectionName(original.units.kind, row.part.units)}: {partTitle(row.part)}
                </th>
                {row.cells.map(({ work, cell }) => (
                  <td key={work.id} className="border-b border-slate-200 p-2">
                    <CoverageCellView cell={cell} work={work} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}

const BAR: Record<string, string> = { novel: "border-novel", film: "border-film", series: "border-series" };

function CoverageCellView({ cell, work }: { cell: CoverageCell; work: Work }) {
  const bar = `border-l-8 pl-2 ${BAR[work.medium] ?? "border-slate-500"}`;
  switch (cell.kind) {
    case "original":
      return (
        <div className={bar}>
          <span aria-hidden="true">◆ </span>The original
        </div>
      );
    case "not-adapted":
      return (
        <div className="border-l-8 border-dashed border-slate-300 pl-2 text-slate-700">
          <span aria-hidden="true">— </span>Not adapted
        </div>
      );
    case "unrelated":
      return <span className="text-slate-700">Not based on it</span>;
    case "adapted":
      return (
        <ul className={bar}>
          {cell.sections.map((section) => (
            <li key={section.id}>
              <span aria-hidden="true">✓ </span>
              <KeptLink to={{ route: "work", params: { workId: work.id }, hash: `section-${section.id}` }}>
                Adapted: {sectionName(work.units.kind, section.units).toLowerCase()}
              </KeptLink>
              {section.titleKo || section.titleEn ? <> ({partTitle(section)})</> : null}
              {section.directors ? (
                <span className="block text-sm">
                  directed by{" "}
                  {leadingValue<string[]>(section.directors).map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ", " : null}
                      <PersonName id={id} />
                    </span>
                  ))}
                </span>
              ) : null}
              {section.adapts?.confidence !== "disputed" && section.adapts ? (
                <SourceLinks ids={section.adapts.sources} />
              ) : null}
            </li>
          ))}
        </ul>
      );
  }
}
