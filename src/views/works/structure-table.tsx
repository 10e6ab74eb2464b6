import { sectionName } from "../../data/section-name.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { ClaimView } from "../../ui/claim-view.tsx";
import { FactList } from "../../ui/fact-list.tsx";
import { PersonName } from "../../ui/person-name.tsx";
import { TableScroller } from "../../ui/table-scroller.tsx";
import { KeptLink } from "../../url-state/kept-link.tsx";

const NOT_KNOWN = <span className="text-slate-700 italic">not known</span>;

/** The parts, the film as a whole, or the segments: titles, what each adapts, who directed it. */
export function StructureTable({ work, base }: { work: Work; base: Work | undefined }) {
  const hasDirectors = work.sections.some((s) => s.directors);
  const hasAdapts = work.sections.some((s) => s.adapts);
  return (
    <section aria-labelledby="structure" className="mt-8">
      <h2 id="structure" className="text-2xl font-semibold">
        Structure
      </h2>
      <TableScroller label={`Sections of the ${work.medium}`}>
        <table className="w-full min-w-[48rem] border-collapse print:min-w-0 text-left">
          <caption className="sr-only">The sections of the {work.medium}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-slate-400 p-2">
                Section
              </th>
              <th scope="col" className="border-b-2 border-slate-400 p-2">
                Title
              </th>
              {hasAdapts && base ? (
                <th scope="col" className="border-b-2 border-slate-400 p-2">
                  Adapts, from the{" "}
                  <KeptLink to={{ route: "work", params: { workId: base.id } }}>{base.medium}</KeptLink>
                </th>
              ) : null}
              {hasDirectors ? (
                <th scope="col" className="border-b-2 border-slate-400 p-2">
                  Director
                </th>
              ) : null}
              <th scope="col" className="border-b-2 border-slate-400 p-2">
                More
              </th>
            </tr>
          </thead>
          <tbody>
            {work.sections.map((section) => (
              <tr key={section.id} id={`section-${section.id}`} className="align-top">
                <th scope="row" className="border-b border-slate-200 p-2">
                  {sectionName(work.units.kind, section.units)}
                </th>
                <td className="border-b border-slate-200 p-2">
                  {section.titleEn ? <ClaimView claim={section.titleEn} render={(t) => `“${t}”`} /> : null}
                  {section.titleKo ? (
                    <ClaimView claim={section.titleKo} render={(t) => <span lang="ko">{t}</span>} />
                  ) : null}
                  {!section.titleEn && !section.titleKo ? (
                    work.sections.length === 1 ? (
                      <span>the whole {work.medium}</span>
                    ) : (
                      NOT_KNOWN
                    )
                  ) : null}
                </td>
                {hasAdapts && base ? (
                  <td className="border-b border-slate-200 p-2">
                    {section.adapts ? (
                      <ClaimView
                        claim={section.adapts}
                        render={(parts) =>
                          parts.map((n) => sectionName(base.units.kind, { from: n, to: n })).join(", ")
                        }
                      />
                    ) : (
                      NOT_KNOWN
                    )}
                  </td>
                ) : null}
                {hasDirectors ? (
                  <td className="border-b border-slate-200 p-2">
                    {section.directors ? (
                      <ClaimView
                        claim={section.directors}
                        render={(ids) =>
                          ids.map((id, i) => (
                            <span key={id}>
                              {i > 0 ? ", " : null}
                              <PersonName id={id} />
                            </span>
                          ))
                        }
                      />
                    ) : (
                      NOT_KNOWN
                    )}
                  </td>
                ) : null}
                <td className="border-b border-slate-200 p-2">
                  {section.facts.length ? <FactList facts={section.facts} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}
