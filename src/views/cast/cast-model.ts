import { leadingValue } from "../../data/claim-parts.ts";
import { tellsAny } from "../../data/parts-told.ts";
import type { Character, Portrayal } from "../../data/schema/characters-file.ts";
import { ROLE_TIERS, type RoleTier } from "../../data/schema/vocabularies.ts";
import type { Person } from "../../data/schema/people-file.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { aliasMatcher, foldName } from "../../lib/name-match.ts";
import type { CAST_SORTS } from "../../url-state/routes.ts";

export type CastEntry = {
  key: string;
  character: Character;
  work: Work;
  portrayal: Portrayal;
  name: { romanized: string; hangul?: string | undefined };
  actor?: Person;
  tier?: RoleTier;
  billing?: number;
  /** The names on the card: how a match on one of them needs no explaining. */
  shown: string[];
  /** Every name the card can be found by: its own, the character's in the other works, the actor's. */
  findBy: string[];
};

const namesOf = (p: Portrayal) => {
  if (!p.name) return [];
  const name = leadingValue(p.name);
  return [name.romanized, ...(name.hangul ? [name.hangul] : []), ...(p.aliases ?? [])];
};

const personNames = (person: Person | undefined) =>
  person ? [leadingValue(person.name), ...(person.hangul ? [leadingValue(person.hangul)] : []), ...person.aliases] : [];

/** One card per character present in a work, novel characters included (they have no actor). */
export function castEntries(characters: Character[], works: Work[], people: Person[]): CastEntry[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const entries: CastEntry[] = [];
  for (const work of works)
    for (const character of characters) {
      const portrayal = character.portrayals.find((p) => p.work === work.id);
      if (!portrayal || portrayal.presence.state !== "present" || !portrayal.name) continue;
      const name = leadingValue(portrayal.name);
      const actor = portrayal.actor ? byId.get(leadingValue(portrayal.actor)) : undefined;
      const tier = portrayal.tier ? leadingValue(portrayal.tier) : undefined;
      entries.push({
        key: `${character.id}.${work.id}`,
        character,
        work,
        portrayal,
        name,
        ...(actor ? { actor } : {}),
        ...(tier ? { tier } : {}),
        ...(portrayal.billing ? { billing: portrayal.billing } : {}),
        shown: [name.romanized, ...(name.hangul ? [name.hangul] : []), ...personNames(actor).slice(0, 2)],
        findBy: [
          ...namesOf(portrayal),
          character.label,
          ...character.portrayals.filter((p) => p !== portrayal).flatMap(namesOf),
          ...personNames(actor),
        ],
      });
    }
  return entries;
}

export type CastFilter = { works: string[]; role: RoleTier[]; q: string };
export type CastHit = { entry: CastEntry; matched?: string };

/** The cards that pass the filters; a search hit on a name not shown on the card says which name matched. */
export function filterCast(entries: CastEntry[], filter: CastFilter): CastHit[] {
  const everyRole = filter.role.length === ROLE_TIERS.length;
  const match = aliasMatcher(filter.q);
  const hits: CastHit[] = [];
  for (const entry of entries) {
    if (filter.works.length && !filter.works.includes(entry.work.id)) continue;
    if (!everyRole && !(entry.tier && filter.role.includes(entry.tier))) continue;
    if (!match) {
      hits.push({ entry });
      continue;
    }
    const matched = match(entry.findBy);
    if (matched === undefined) continue;
    hits.push(entry.shown.some((s) => foldName(s) === foldName(matched)) ? { entry } : { entry, matched });
  }
  return hits;
}

const tierRank = (e: CastEntry) => (e.tier ? ROLE_TIERS.indexOf(e.tier) : ROLE_TIERS.length);
export type CastSort = (typeof CAST_SORTS)[number];

/**
 * billing: who plays whom first (the roles with an actor, by work, then the order the sources list the
 * cast, then tier), the characters without an actor (the novel's) after them; actor: by the actor's
 * name, characters without an actor last; character: by the name the work gives them.
 */
export function sortCast(hits: CastHit[], sort: CastSort, works: Work[]): CastHit[] {
  const workRank = (e: CastEntry) => works.indexOf(e.work);
  const by = (a: CastHit, b: CastHit) => {
    const x = a.entry;
    const y = b.entry;
    if (sort !== "character" && !x.actor !== !y.actor) return x.actor ? -1 : 1;
    if (sort === "actor") {
      const actorName = (e: CastEntry) => (e.actor ? leadingValue(e.actor.name) : e.name.romanized);
      return actorName(x).localeCompare(actorName(y)) || workRank(x) - workRank(y);
    }
    if (sort === "character") return x.name.romanized.localeCompare(y.name.romanized) || workRank(x) - workRank(y);
    return (
      workRank(x) - workRank(y) ||
      (x.billing ?? 999) - (y.billing ?? 999) ||
      tierRank(x) - tierRank(y) ||
      x.name.romanized.localeCompare(y.name.romanized)
    );
  };
  return [...hits].sort(by);
}

export type CharacterRow = { character: Character; byWork: Map<string, CastHit | "absent" | "not-known"> };

/** One row per character that has a card shown, with each work's card, or why there is none. */
export function groupByCharacter(hits: CastHit[], characters: Character[], works: Work[]): CharacterRow[] {
  const rows: CharacterRow[] = [];
  for (const character of characters) {
    const mine = hits.filter((h) => h.entry.character.id === character.id);
    if (mine.length === 0) continue;
    const byWork: CharacterRow["byWork"] = new Map();
    for (const work of works) {
      const hit = mine.find((h) => h.entry.work.id === work.id);
      const portrayal = character.portrayals.find((p) => p.work === work.id);
      if (hit) byWork.set(work.id, hit);
      else if (!tellsAny(work, works, character.parts) || portrayal?.presence.state === "absent")
        byWork.set(work.id, "absent");
      else byWork.set(work.id, "not-known");
    }
    rows.push({ character, byWork });
  }
  return rows;
}
