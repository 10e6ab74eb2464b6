import { useSuspenseQuery } from "@tanstack/react-query";
import { useDeferredValue, useMemo, useState } from "react";
import { dataFileQuery } from "../../data/queries.ts";
import { ROLE_TIERS, type RoleTier } from "../../data/schema/vocabularies.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { capitalize } from "../../lib/capitalize.ts";
import { sectionName } from "../../data/section-name.ts";
import { ClaimView } from "../../ui/claim-view.tsx";
import { PersonName } from "../../ui/person-name.tsx";
import { SourceLinks } from "../../ui/fact-marks.tsx";
import { StyledName } from "../../ui/styled-name.tsx";
import { TableHead } from "../../ui/table-head.tsx";
import { TableScroller } from "../../ui/table-scroller.tsx";
import { IgnoredParamsNote } from "../../url-state/ignored-params-note.tsx";
import { KeptLink } from "../../url-state/kept-link.tsx";
import { CAST_SORTS, pageTitle } from "../../url-state/routes.ts";
import { useViewSearch } from "../../url-state/use-view-search.ts";
import { toggled, toggledWorks } from "../../url-state/fields.ts";
import { castEntries, filterCast, groupByCharacter, sortCast, type CastHit } from "./cast-model.ts";
import { ConfidenceBadge } from "../../ui/fact-marks.tsx";
import { claimSourceIds } from "../../data/claim-parts.ts";
import { EmptyState } from "../../ui/filtered-list.tsx";
import { FIRST_RESULTS, ShowAll } from "../../ui/filtered-list.tsx";

const TIER_WORDS: Record<RoleTier, string> = { main: "Main", supporting: "Supporting", cameo: "Cameo" };
const SORT_WORDS = {
  billing: "Billing (as the sources list the cast)",
  actor: "Actor",
  character: "Character",
} as const;
const box = "rounded-md border border-slate-300 p-2";

/** The works a `works` list names, in the data's order; all of them when it names none that exist. */
function shownColumns(works: Work[], ids: string[]): Work[] {
  const known = works.filter((w) => ids.includes(w.id));
  return known.length ? known : works;
}

export default function CastView() {
  const works = useSuspenseQuery(dataFileQuery("works")).data.works;
  const characters = useSuspenseQuery(dataFileQuery("characters")).data.characters;
  const people = useSuspenseQuery(dataFileQuery("people")).data.people;
  const { values, ignored: urlIgnored, update } = useViewSearch("cast");

  // The controls follow the URL at once; the cards follow a moment later, so a keystroke never waits for them.
  const deferred = useDeferredValue(values);
  const [first, setFirst] = useState(FIRST_RESULTS);

  const unknownWorks = values.works.filter((id) => !works.some((w) => w.id === id));
  const ignored = unknownWorks.length
    ? [...urlIgnored, { name: "works", reason: `no work called ${unknownWorks.map((u) => `"${u}"`).join(", ")}` }]
    : urlIgnored;
  const columns = shownColumns(works, values.works);
  const entries = useMemo(() => castEntries(characters, works, people), [characters, works, people]);
  const results = useMemo(() => {
    const inWorks = shownColumns(works, deferred.works);
    const hits = sortCast(
      filterCast(entries, {
        works: inWorks.length === works.length ? [] : inWorks.map((w) => w.id),
        role: deferred.role,
        q: deferred.q,
      }),
      deferred.sort,
      works,
    );
    const shown = hits.slice(0, first);
    return {
      count: hits.length,
      // The same element while only the controls change: React leaves the cards alone instead of redrawing them.
      list:
        hits.length === 0 ? null : deferred.group === "character" ? (
          <ByCharacter hits={shown} columns={inWorks} />
        ) : (
          <ul data-timing="cards" className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Roles">
            {shown.map((hit) => (
              <CastCard key={hit.entry.key} hit={hit} />
            ))}
          </ul>
        ),
      shown: shown.length,
    };
  }, [deferred, entries, works, first]);
  const filtered = columns.length !== works.length || values.role.length !== ROLE_TIERS.length || values.q !== "";
  const clear = () => update({ works: [], role: [...ROLE_TIERS], q: "" });
  const toggleWork = (id: string, on: boolean) => {
    update({
      works: toggledWorks(
        works.map((w) => w.id),
        columns.map((w) => w.id),
        id,
        on,
      ),
    });
  };
  const toggleRole = (tier: RoleTier, on: boolean) => update({ role: toggled(ROLE_TIERS, values.role, tier, on) });

  return (
    <>
      <title>{pageTitle("cast")}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">Cast</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Every character in every work, and who plays them. Search by any spelling, romanised or in Hangul: a character
        is found by the names they carry in all three works.
      </p>
      <IgnoredParamsNote ignored={ignored} />

      <form
        // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- <search> is too new for some browsers still in schools, and for jsdom
        role="search"
        aria-label="Filter the cast"
        className="mt-4 grid gap-3 md:grid-cols-2 xl:grid-cols-4"
        onSubmit={(e) => e.preventDefault()}
      >
        <label className={`${box} flex flex-col`}>
          <span className="font-semibold">Search names</span>
          <input
            type="search"
            value={values.q}
            onChange={(e) => update({ q: e.target.value }, { typing: true })}
            className="mt-1 rounded border border-slate-500 px-2 py-1"
          />
          <span className="mt-1 text-xs text-slate-700">
            Any spelling: jaehee, Mi-ae, kyu-ho, <span lang="ko">김고은</span>
          </span>
        </label>
        <fieldset className={box}>
          <legend className="px-1 font-semibold">Works</legend>
          {works.map((w) => (
            <label key={w.id} className="mr-3 inline-flex min-h-6 items-center gap-1">
              <input
                type="checkbox"
                checked={columns.includes(w)}
                onChange={(e) => toggleWork(w.id, e.target.checked)}
              />
              {capitalize(w.medium)}
            </label>
          ))}
        </fieldset>
        <fieldset className={box}>
          <legend className="px-1 font-semibold">Role</legend>
          {ROLE_TIERS.map((tier) => (
            <label key={tier} className="mr-3 inline-flex min-h-6 items-center gap-1">
              <input
                type="checkbox"
                checked={values.role.includes(tier)}
                onChange={(e) => toggleRole(tier, e.target.checked)}
              />
              {TIER_WORDS[tier]}
            </label>
          ))}
        </fieldset>
        <div className={`${box} flex flex-col gap-2`}>
          <label className="flex flex-col">
            <span className="font-semibold">Order</span>
            <select
              value={values.sort}
              // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- the DOM types a select's value as any string; this one's options are CAST_SORTS
              onChange={(e) => update({ sort: e.target.value as (typeof CAST_SORTS)[number] })}
              className="mt-1 rounded border border-slate-500 px-1 py-1"
            >
              {CAST_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_WORDS[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-flex min-h-6 items-center gap-1">
            <input
              type="checkbox"
              checked={values.group === "character"}
              onChange={(e) => update({ group: e.target.checked ? "character" : "none" })}
            />
            One row per character
          </label>
        </div>
      </form>

      <p className="mt-3 flex flex-wrap items-center gap-3">
        <output className="font-semibold">
          {results.count} of {entries.length} roles
        </output>
        {filtered ? (
          <button type="button" onClick={clear} className="rounded border border-slate-500 px-2 py-1 text-sm">
            Clear filters
          </button>
        ) : null}
      </p>

      <ShowAll shown={results.shown} total={results.count} noun="roles" onShowAll={() => setFirst(Infinity)} />
      {results.list ?? <EmptyState nothing="role" onClear={clear} />}
    </>
  );
}

function CastCard({ hit }: { hit: CastHit }) {
  const { entry, matched } = hit;
  const { portrayal, work } = entry;
  return (
    <li className="flex flex-col gap-1 rounded-lg border border-slate-300 p-3">
      <h2 className="text-lg font-semibold">
        <StyledName {...entry.name} />
      </h2>
      <p className="text-sm">
        in the <span className="font-semibold">{work.medium}</span>
        {entry.tier ? ` · ${TIER_WORDS[entry.tier]}` : ""}
        {portrayal.appears && portrayal.appears.confidence !== "disputed"
          ? ` · ${sectionName(work.units.kind, portrayal.appears.value)}`
          : ""}
        {portrayal.presence.state === "present" ? <ConfidenceBadge confidence={portrayal.presence.confidence} /> : null}
        {portrayal.name ? <SourceLinks ids={claimSourceIds(portrayal.name)} /> : null}
      </p>
      <div>
        {portrayal.actor ? (
          <div className="flex flex-wrap items-baseline gap-1">
            Played by <ClaimView claim={portrayal.actor} render={(id) => <PersonName id={id} />} compact />
          </div>
        ) : (
          <p className="text-slate-700">No actor: a character of the {work.medium}</p>
        )}
      </div>
      {matched ? (
        <p className="text-sm">
          Found by the name <mark className="bg-yellow-100 px-0.5">{matched}</mark>
        </p>
      ) : null}
      <p className="mt-auto text-sm">
        <KeptLink to={{ route: "character", params: { characterId: entry.character.id } }}>
          {entry.character.label} across the works
        </KeptLink>
      </p>
    </li>
  );
}

function ByCharacter({ hits, columns }: { hits: CastHit[]; columns: Work[] }) {
  const characters = useSuspenseQuery(dataFileQuery("characters")).data.characters;
  const works = useSuspenseQuery(dataFileQuery("works")).data.works;
  const rows = groupByCharacter(hits, characters, works);
  return (
    <TableScroller label="Roles, one row per character">
      <table className="w-full min-w-[36rem] border-collapse text-left">
        <caption className="sr-only">Who plays each character in each work</caption>
        <TableHead columns={["Character", ...columns.map((w) => capitalize(w.medium))]} />
        <tbody>
          {rows.map(({ character, byWork }) => (
            <tr key={character.id} className="align-top">
              <th scope="row" className="border-b border-slate-200 p-2">
                <KeptLink to={{ route: "character", params: { characterId: character.id } }}>
                  {character.label}
                </KeptLink>
              </th>
              {columns.map((work) => {
                const cell = byWork.get(work.id);
                return (
                  <td key={work.id} className="border-b border-slate-200 p-2">
                    {cell === undefined || cell === "not-known" ? (
                      <span className="text-slate-700 italic">not known</span>
                    ) : cell === "absent" ? (
                      <span className="text-slate-700">not in this work</span>
                    ) : (
                      <>
                        <StyledName {...cell.entry.name} />
                        {cell.entry.portrayal.presence.state === "present" ? (
                          <ConfidenceBadge confidence={cell.entry.portrayal.presence.confidence} />
                        ) : null}
                        {cell.entry.portrayal.actor ? (
                          <div className="text-sm">
                            played by{" "}
                            <ClaimView
                              claim={cell.entry.portrayal.actor}
                              render={(id) => <PersonName id={id} />}
                              compact
                            />
                          </div>
                        ) : null}
                        {cell.matched ? <span className="block text-xs">found by “{cell.matched}”</span> : null}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
