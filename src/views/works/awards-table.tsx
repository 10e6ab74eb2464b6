import { useSuspenseQuery } from "@tanstack/react-query";
import { dataFileQuery } from "../../data/queries.ts";
import type { AWARD_RESULTS } from "../../data/schema/awards-file.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { formatPartialDate } from "../../lib/partial-date.ts";
import { ClaimView } from "../../ui/claim-view.tsx";
import { PersonName } from "../../ui/person-name.tsx";
import { TableHead } from "../../ui/table-head.tsx";
import { TableScroller } from "../../ui/table-scroller.tsx";

type Result = (typeof AWARD_RESULTS)[number];

const RESULTS: Record<Result, { icon: string; word: string }> = {
  won: { icon: "★", word: "Won" },
  nominated: { icon: "○", word: "Nominated" },
  longlisted: { icon: "○", word: "Longlisted" },
  selected: { icon: "☆", word: "Selected" },
  listed: { icon: "☆", word: "Listed" },
};

/** Every prize, nomination and list place of one work, with its result in words and its sources. */
export function AwardsTable({ work }: { work: Work }) {
  const { data } = useSuspenseQuery(dataFileQuery("awards"));
  const awards = data.awards.filter((a) => a.work === work.id);
  const won = awards.filter((a) => a.confidence !== "disputed" && a.value === "won").length;
  return (
    <section aria-labelledby="awards" className="mt-8">
      <h2 id="awards" className="text-2xl font-semibold">
        Awards and honours
      </h2>
      {awards.length === 0 ? (
        <p className="mt-2">None known.</p>
      ) : (
        <>
          <p className="mt-1 text-slate-800">
            {awards.length} entries; {won} won.
          </p>
          <TableScroller label={`Awards of the ${work.medium}`}>
            <table className="w-full min-w-[40rem] border-collapse text-left">
              <caption className="sr-only">Awards, nominations and lists for the {work.medium}</caption>
              <TableHead columns={["Year", "Prize", "Category", "Nominee", "Result"]} />
              <tbody>
                {awards.map((award) => (
                  <tr key={award.id} id={`award-${award.id}`} className="align-top">
                    <td className="border-b border-slate-200 p-2">
                      {award.date ? formatPartialDate(award.date) : award.year}
                    </td>
                    <th scope="row" className="border-b border-slate-200 p-2 font-normal">
                      {award.edition ? `${ordinal(award.edition)} ` : ""}
                      {award.ceremony}
                    </th>
                    <td className="border-b border-slate-200 p-2">{award.category}</td>
                    <td className="border-b border-slate-200 p-2">
                      {award.nominees.length === 0
                        ? `the ${work.medium}`
                        : award.nominees.map((id, i) => (
                            <span key={id}>
                              {i > 0 ? ", " : null}
                              <PersonName id={id} />
                            </span>
                          ))}
                    </td>
                    <td className="border-b border-slate-200 p-2">
                      <ClaimView
                        claim={award}
                        render={(result) => (
                          <span className={result === "won" ? "font-semibold" : undefined}>
                            <span aria-hidden="true">{RESULTS[result].icon} </span>
                            {RESULTS[result].word}
                          </span>
                        )}
                      />
                      {award.winner ? <p className="text-sm text-slate-700">Went to {award.winner}</p> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        </>
      )}
    </section>
  );
}

function ordinal(n: number): string {
  const suffix =
    n % 100 >= 11 && n % 100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}
