import { useSuspenseQuery } from "@tanstack/react-query";
import { Navigate, useLocation, useParams } from "react-router";
import { changeType } from "../../data/change-type.ts";
import { claimSourceIds } from "../../data/claim-parts.ts";
import { originalWork, tellsAny } from "../../data/parts-told.ts";
import { dataFileQuery } from "../../data/queries.ts";
import { sectionName } from "../../data/section-name.ts";
import type { Character } from "../../data/schema/characters-file.ts";
import type { RoleTier } from "../../data/schema/vocabularies.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { capitalize } from "../../lib/capitalize.ts";
import { nearestMatches } from "../../lib/nearest-matches.ts";
import { ChangeBadge } from "../../ui/change-badge.tsx";
import { ClaimView } from "../../ui/claim-view.tsx";
import { ConfidenceLegend } from "../../ui/confidence-legend.tsx";
import { MixedText } from "../../ui/mixed-text.tsx";
import { NotFoundMessage } from "../../ui/not-found-message.tsx";
import { PersonName } from "../../ui/person-name.tsx";
import { sourceNumber, SourceLinks } from "../../ui/fact-marks.tsx";
import { StyledName } from "../../ui/styled-name.tsx";
import { TableHead } from "../../ui/table-head.tsx";
import { TableScroller } from "../../ui/table-scroller.tsx";
import { TextClaim } from "../../ui/text-claim.tsx";
import { IgnoredParamsNote } from "../../url-state/ignored-params-note.tsx";
import { KeptLink } from "../../url-state/kept-link.tsx";
import { useViewSearch } from "../../url-state/use-view-search.ts";
import { href, pageTitle } from "../../url-state/routes.ts";
import { cellKey } from "../../data/schema/vocabularies.ts";

const TIER_WORDS: Record<RoleTier, string> = { main: "Main role", supporting: "Supporting role", cameo: "Cameo" };

/** One character followed across the works: names, actors, who they are in each, and what changes. */
export default function CharacterView() {
  const { characterId = "" } = useParams();
  const { search } = useLocation();
  const characters = useSuspenseQuery(dataFileQuery("characters")).data.characters;
  const { ignored } = useViewSearch("character");
  const character = characters.find((c) => c.id === characterId);
  if (!character) {
    const renamed = characters.find((c) => c.formerIds?.includes(characterId));
    if (renamed)
      return (
        <Navigate
          to={{ pathname: href({ route: "character", params: { characterId: renamed.id } }), search }}
          replace
        />
      );
    const near = nearestMatches(characterId, characters, (c) => c.id);
    return (
      <NotFoundMessage
        what="character with the id"
        asked={characterId}
        suggestions={(near.length ? near : characters.slice(0, 6)).map((c) => ({
          to: { route: "character", params: { characterId: c.id } },
          label: c.label,
        }))}
      />
    );
  }
  return (
    <article aria-labelledby="character-title">
      <title>{pageTitle("character", character.label)}</title>
      <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">Character</p>
      <h1 id="character-title" className="text-3xl font-bold sm:text-4xl">
        {character.label}
      </h1>
      <IgnoredParamsNote ignored={ignored} />
      <ConfidenceLegend />
      <InEachWork character={character} />
      <WhatChanges character={character} />
      <CharacterSources character={character} />
    </article>
  );
}

function InEachWork({ character }: { character: Character }) {
  const works = useSuspenseQuery(dataFileQuery("works")).data.works;
  return (
    <section aria-labelledby="in-each-work" className="mt-6">
      <h2 id="in-each-work" className="text-2xl font-semibold">
        In each work
      </h2>
      <TableScroller label={`${character.label} in each work`}>
        {/* Fixed layout where there is room: the columns keep their widths while a slow link brings the
          rows in, instead of moving as each row's words arrive (a layout shift). */}
        <table className="w-full min-w-[40rem] border-collapse text-left lg:table-fixed">
          <caption className="sr-only">{character.label}: the name, the actor and the part played in each work</caption>
          <colgroup>
            <col className="lg:w-32" />
            <col className="lg:w-52" />
            <col className="lg:w-60" />
            <col />
          </colgroup>
          <TableHead columns={["Work", "Name there", "Played by", "Who they are there"]} />
          <tbody data-timing="in-each-work">
            {works.map((work) => (
              <WorkRow key={work.id} character={character} work={work} works={works} />
            ))}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}

function WorkRow({ character, work, works }: { character: Character; work: Work; works: Work[] }) {
  const portrayal = character.portrayals.find((p) => p.work === work.id);
  const head = (
    <th scope="row" className="border-b border-slate-200 p-2">
      <KeptLink to={{ route: "work", params: { workId: work.id } }}>{capitalize(work.medium)}</KeptLink>
    </th>
  );
  if (!tellsAny(work, works, character.parts) || !portrayal)
    return (
      <tr className="align-top">
        {head}
        <td colSpan={3} className="border-b border-slate-200 p-2 text-slate-700">
          Not in the {work.medium}: it does not tell{" "}
          {character.parts?.length === 1 ? `part ${character.parts[0]}` : "their part"} of the story.
        </td>
      </tr>
    );
  if (portrayal.presence.state !== "present")
    return (
      <tr className="align-top">
        {head}
        <td colSpan={3} className="border-b border-slate-200 p-2">
          {portrayal.presence.state === "absent" ? (
            <TextClaim claim={portrayal.presence} />
          ) : (
            <p>
              <span className="italic">Not known</span>
              {portrayal.presence.note ? (
                <>
                  : <MixedText text={portrayal.presence.note} />
                  {portrayal.presence.noteSources ? <SourceLinks ids={portrayal.presence.noteSources} /> : null}
                </>
              ) : null}
            </p>
          )}
        </td>
      </tr>
    );
  return (
    <tr className="align-top">
      {head}
      <td className="border-b border-slate-200 p-2">
        {portrayal.name ? <ClaimView claim={portrayal.name} render={(name) => <StyledName {...name} />} /> : null}
        {portrayal.identity ? (
          <div className="mt-1 text-sm">
            <TextClaim claim={portrayal.identity} />
          </div>
        ) : null}
      </td>
      <td className="border-b border-slate-200 p-2">
        {portrayal.actor ? (
          <ClaimView claim={portrayal.actor} render={(id) => <PersonName id={id} />} />
        ) : (
          <span className="text-slate-700">no actor</span>
        )}
        {portrayal.tier ? <ClaimView claim={portrayal.tier} render={(tier) => TIER_WORDS[tier]} compact /> : null}
        {portrayal.appears ? (
          <ClaimView claim={portrayal.appears} render={(units) => sectionName(work.units.kind, units)} compact />
        ) : null}
      </td>
      <td className="border-b border-slate-200 p-2">
        <TextClaim claim={portrayal.presence} />
      </td>
    </tr>
  );
}

function WhatChanges({ character }: { character: Character }) {
  const works = useSuspenseQuery(dataFileQuery("works")).data.works;
  const elements = useSuspenseQuery(dataFileQuery("elements")).data.elements.filter((e) =>
    e.characters?.includes(character.id),
  );
  const original = originalWork(works);
  if (!original || elements.length === 0)
    return (
      <section aria-labelledby="what-changes" className="mt-8">
        <h2 id="what-changes" className="text-2xl font-semibold">
          What changes
        </h2>
        <p className="mt-2">No adaptation element concerns this character yet.</p>
      </section>
    );
  const others = works.filter((w) => w.id !== original.id);
  return (
    <section aria-labelledby="what-changes" className="mt-8">
      <h2 id="what-changes" className="text-2xl font-semibold">
        What changes
      </h2>
      <p className="mt-1">
        Each adaptation compared with the {original.medium}. Open a cell in the matrix for its text and sources.
      </p>
      <p className="mt-1">
        <KeptLink to={{ route: "differences", search: { character: character.id } }}>These rows in the matrix</KeptLink>
        {" · "}
        <KeptLink to={{ route: "differences", search: { character: character.id, present: true, quiz: true } }}>
          Teach them: one row at a time, answers hidden until revealed
        </KeptLink>
      </p>
      <TableScroller label={`What changes for ${character.label}`}>
        <table className="w-full min-w-[32rem] border-collapse text-left">
          <caption className="sr-only">
            Elements concerning {character.label}, and how each adaptation changes them
          </caption>
          <TableHead columns={["Element", ...others.map((w) => capitalize(w.medium))]} />
          <tbody>
            {elements.map((element) => (
              <tr key={element.id} className="align-top">
                <th scope="row" className="border-b border-slate-200 p-2 font-normal">
                  <KeptLink to={{ route: "differences", search: { cell: cellKey(element.id, original.id) } }}>
                    {element.name}
                  </KeptLink>
                </th>
                {others.map((work) => (
                  <td key={work.id} className="border-b border-slate-200 p-2">
                    <KeptLink
                      to={{ route: "differences", search: { cell: cellKey(element.id, work.id) } }}
                      className="no-underline"
                    >
                      <span className="sr-only">
                        {element.name} in the {work.medium}:{" "}
                      </span>
                      <ChangeBadge change={changeType(element, work, original, works)} />
                    </KeptLink>
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

function CharacterSources({ character }: { character: Character }) {
  const sources = useSuspenseQuery(dataFileQuery("sources")).data.sources;
  const ids = new Set(
    character.portrayals.flatMap((p) =>
      [p.presence, p.name, p.actor, p.tier, p.appears, p.identity].flatMap((c) => (c ? claimSourceIds(c) : [])),
    ),
  );
  return (
    <section aria-labelledby="character-sources" className="mt-8">
      <h2 id="character-sources" className="text-2xl font-semibold">
        Sources
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {sources
          .filter((s) => ids.has(s.id))
          .map((s) => (
            <li key={s.id} className="py-1">
              <KeptLink to={{ route: "sources", hash: `source-${s.id}` }}>
                {sourceNumber(sources, s.id)}. {s.title}
              </KeptLink>
            </li>
          ))}
      </ul>
    </section>
  );
}
