import { useSuspenseQuery } from "@tanstack/react-query";
import { tellsAny } from "../../data/parts-told.ts";
import { dataFileQuery } from "../../data/queries.ts";
import { sectionName } from "../../data/section-name.ts";
import type { Character, Portrayal } from "../../data/schema/characters-file.ts";
import { ROLE_TIERS, type RoleTier } from "../../data/schema/vocabularies.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { ClaimView } from "../../ui/claim-view.tsx";
import { PersonName } from "../../ui/person-name.tsx";
import { StyledName } from "../../ui/styled-name.tsx";
import { TableHead } from "../../ui/table-head.tsx";
import { TableScroller } from "../../ui/table-scroller.tsx";
import { KeptLink } from "../../url-state/kept-link.tsx";
import { TextClaim } from "../../ui/text-claim.tsx";
import { MixedText } from "../../ui/mixed-text.tsx";
import { SourceLinks } from "../../ui/fact-marks.tsx";

const TIER_WORDS: Record<RoleTier, string> = { main: "Main", supporting: "Supporting", cameo: "Cameo" };
type Row = { character: Character; portrayal: Portrayal };

const tierRank = (p: Portrayal) =>
  p.tier && p.tier.confidence !== "disputed" ? ROLE_TIERS.indexOf(p.tier.value) : ROLE_TIERS.length;

/** Who is in this work, as whom, played by whom; then who is not, or not known to be. */
export function CastTable({ work }: { work: Work }) {
  const { data } = useSuspenseQuery(dataFileQuery("characters"));
  const works = useSuspenseQuery(dataFileQuery("works")).data.works;
  const rows: Row[] = [];
  const unknown: Row[] = [];
  const absent: Row[] = [];
  const notTold: Character[] = [];
  for (const character of data.characters) {
    const portrayal = character.portrayals.find((p) => p.work === work.id);
    if (!tellsAny(work, works, character.parts)) notTold.push(character);
    else if (!portrayal) continue;
    else if (portrayal.presence.state === "present") rows.push({ character, portrayal });
    else if (portrayal.presence.state === "absent") absent.push({ character, portrayal });
    else unknown.push({ character, portrayal });
  }
  rows.sort(
    (a, b) =>
      (a.portrayal.billing ?? 999) - (b.portrayal.billing ?? 999) || tierRank(a.portrayal) - tierRank(b.portrayal),
  );
  const hasActors = rows.some((r) => r.portrayal.actor);

  return (
    <section aria-labelledby="cast" className="mt-8">
      <h2 id="cast" className="text-2xl font-semibold">
        Characters{hasActors ? " and cast" : ""}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2">No characters are recorded for this work yet.</p>
      ) : (
        <TableScroller label={`Characters of the ${work.medium}`}>
          <table className="w-full min-w-[44rem] border-collapse print:min-w-0 text-left">
            <caption className="sr-only">
              Characters in the {work.medium}, as named there{hasActors ? ", with who plays them" : ""}
            </caption>
            <TableHead columns={["Character", ...(hasActors ? ["Played by", "Role"] : []), "Who they are here"]} />
            <tbody>
              {rows.map(({ character, portrayal }) => (
                <tr key={character.id} id={`character-${character.id}`} className="align-top">
                  <th scope="row" className="border-b border-slate-200 p-2 font-normal">
                    {portrayal.name ? (
                      <ClaimView
                        claim={portrayal.name}
                        render={(name) => (
                          <strong>
                            <StyledName {...name} />
                          </strong>
                        )}
                        compact
                      />
                    ) : null}
                    <KeptLink to={{ route: "character", params: { characterId: character.id } }} className="text-sm">
                      {character.label} across the works
                    </KeptLink>
                  </th>
                  {hasActors ? (
                    <>
                      <td className="border-b border-slate-200 p-2">
                        {portrayal.actor ? (
                          <ClaimView claim={portrayal.actor} render={(id) => <PersonName id={id} />} />
                        ) : (
                          <span className="italic">not known</span>
                        )}
                      </td>
                      <td className="border-b border-slate-200 p-2">
                        {portrayal.tier ? (
                          <ClaimView claim={portrayal.tier} render={(tier) => TIER_WORDS[tier]} compact />
                        ) : (
                          <span className="italic">not known</span>
                        )}
                        {portrayal.appears ? (
                          <ClaimView
                            claim={portrayal.appears}
                            render={(units) => sectionName(work.units.kind, units)}
                            compact
                          />
                        ) : null}
                      </td>
                    </>
                  ) : null}
                  <td className="border-b border-slate-200 p-2">
                    {portrayal.presence.state === "present" ? <TextClaim claim={portrayal.presence} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      <OthersList title={`Not in the ${work.medium}, say the sources`} rows={absent} />
      <OthersList title={`Not known whether they are in the ${work.medium}`} rows={unknown} />
      {notTold.length > 0 ? (
        <p className="mt-3">
          <span className="font-semibold">
            Not in the {work.medium}, because it does not tell their part of the story:
          </span>{" "}
          {notTold.map((c, i) => (
            <span key={c.id}>
              {i > 0 ? ", " : null}
              <KeptLink to={{ route: "character", params: { characterId: c.id } }}>{c.label}</KeptLink>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}

function OthersList({ title, rows }: { title: string; rows: Row[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="font-semibold">{title}</h3>
      <ul className="list-disc pl-6">
        {rows.map(({ character, portrayal }) => (
          <li key={character.id}>
            <KeptLink to={{ route: "character", params: { characterId: character.id } }}>{character.label}</KeptLink>
            {portrayal.presence.state === "absent" ? (
              <TextClaim claim={portrayal.presence} />
            ) : portrayal.presence.state === "unknown" && portrayal.presence.note ? (
              <span className="text-slate-700">
                : <MixedText text={portrayal.presence.note} />
                {portrayal.presence.noteSources ? <SourceLinks ids={portrayal.presence.noteSources} /> : null}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
