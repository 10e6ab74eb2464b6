import { claimSourceIds } from "./claim-parts.ts";
import { collectClaims } from "./collect-claims.ts";
import { originalWork, tellsAny } from "./parts-told.ts";
import type { Dataset } from "./data-files.ts";
import type { Fact } from "./schema/fact.ts";

export type Problem = { file: string; path: string; message: string };

/** A source's code in running text, as "(N9, N12)" or "(SEED-TV)". */
export const CITED_BY_CODE = /\((?:SEED-[A-Z]+|[A-Z]\d+)(?:, ?(?:SEED-[A-Z]+|[A-Z]\d+))*\)/;

/** The rules no single file's schema can check: unique ids, references that resolve, every source used. */
export function checkCrossFileRules(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, path: string, message: string) =>
    problems.push({ file: `public/data/${file}.json`, path, message });

  const unique = (file: string, items: { id: string }[], at: (i: number) => string, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else report(file, `${at(i)}.id`, `${what} id "${item.id}" is used twice (first at ${at(first)})`);
    });
  };

  const sourceIds = new Set(data.sources.sources.map((s) => s.id));
  const personIds = new Set(data.people.people.map((p) => p.id));
  const works = new Map(data.works.works.map((w) => [w.id, w]));

  unique("sources", data.sources.sources, (i) => `sources[${i}]`, "source");
  unique("people", data.people.people, (i) => `people[${i}]`, "person");
  unique("works", data.works.works, (i) => `works[${i}]`, "work");
  unique("awards", data.awards.awards, (i) => `awards[${i}]`, "award");

  const checkPeopleIn = (file: string, path: string, facts: Fact[]) =>
    facts.forEach((fact, f) => {
      const values = fact.confidence === "disputed" ? fact.versions.map((v) => v.value) : [fact.value];
      for (const value of values)
        if (value.type === "people")
          for (const id of value.people)
            if (!personIds.has(id))
              report(file, `${path}.facts[${f}]`, `names person "${id}", who is not in people.json`);
    });

  data.works.works.forEach((work, w) => {
    const at = `works[${w}]`;
    const facts = [...work.facts, ...work.sections.flatMap((s) => s.facts)];
    unique("works", facts, (i) => `${at} fact #${i + 1}`, "fact");
    unique("works", work.sections, (i) => `${at}.sections[${i}]`, "section");
    checkPeopleIn("works", at, work.facts);

    const base = work.basedOn === undefined ? undefined : works.get(work.basedOn);
    if (work.basedOn !== undefined && !base)
      report("works", `${at}.basedOn`, `names work "${work.basedOn}", which does not exist`);
    if (work.basedOn === work.id) report("works", `${at}.basedOn`, "a work cannot be based on itself");

    work.sections.forEach((section, s) => {
      const path = `${at}.sections[${s}]`;
      const { from, to } = section.units;
      if (from > to || to > work.units.count)
        report(
          "works",
          `${path}.units`,
          `units ${from}–${to} do not fit a work of ${work.units.count} ${work.units.kind}(s)`,
        );
      checkPeopleIn("works", path, section.facts);
      if (section.directors) {
        const values =
          section.directors.confidence === "disputed"
            ? section.directors.versions.map((v) => v.value)
            : [section.directors.value];
        for (const id of values.flat())
          if (!personIds.has(id))
            report("works", `${path}.directors`, `names person "${id}", who is not in people.json`);
      }
      if (section.adapts) {
        if (!base) report("works", `${path}.adapts`, "says what it adapts, but the work has no basedOn");
        else {
          const parts =
            section.adapts.confidence === "disputed"
              ? section.adapts.versions.flatMap((v) => v.value)
              : section.adapts.value;
          for (const part of parts)
            if (part > base.units.count)
              report("works", `${path}.adapts`, `adapts part ${part}, but ${base.id} has ${base.units.count}`);
        }
      }
    });
  });

  const original = originalWork(data.works.works);
  const partCount = original?.units.count ?? 0;
  const characterIds = new Set(data.characters.characters.map((c) => c.id));
  unique("characters", data.characters.characters, (i) => `characters[${i}]`, "character");
  const formerIds = data.characters.characters.flatMap((c, i) => (c.formerIds ?? []).map((id) => ({ id, at: i })));
  for (const { id, at } of formerIds)
    if (characterIds.has(id))
      report("characters", `characters[${at}].formerIds`, `former id "${id}" is some character's current id`);

  data.characters.characters.forEach((character, c) => {
    const at = `characters[${c}]`;
    for (const part of character.parts ?? [])
      if (part > partCount)
        report("characters", `${at}.parts`, `part ${part} does not exist in the original (${partCount} parts)`);
    const seen = new Set<string>();
    character.portrayals.forEach((portrayal, p) => {
      const path = `${at}.portrayals[${p}]`;
      const work = works.get(portrayal.work);
      if (!work) return report("characters", `${path}.work`, `names work "${portrayal.work}", which does not exist`);
      if (seen.has(work.id)) report("characters", `${path}.work`, `a second portrayal in ${work.id}; one per work`);
      seen.add(work.id);
      if (!tellsAny(work, data.works.works, character.parts))
        report(
          "characters",
          `${path}.work`,
          `${work.id} tells none of parts ${(character.parts ?? []).join(", ")}: the character is absent there by construction, so leave this portrayal out`,
        );
      const present = portrayal.presence.state === "present";
      if (!present && (portrayal.name || portrayal.actor || portrayal.tier || portrayal.appears))
        report(
          "characters",
          path,
          `is ${portrayal.presence.state}, so it cannot have a name, actor, tier or appearance`,
        );
      if (present && !portrayal.name)
        report("characters", `${path}.name`, "a present character needs the name this work gives them");
      const actors = portrayal.actor
        ? portrayal.actor.confidence === "disputed"
          ? portrayal.actor.versions.map((v) => v.value)
          : [portrayal.actor.value]
        : [];
      for (const id of actors)
        if (!personIds.has(id))
          report("characters", `${path}.actor`, `names person "${id}", who is not in people.json`);
      if (portrayal.appears && portrayal.appears.confidence !== "disputed") {
        const { from, to } = portrayal.appears.value;
        if (from > to || to > work.units.count)
          report("characters", `${path}.appears`, `units ${from}–${to} do not fit ${work.id} (${work.units.count})`);
      }
    });
    for (const work of data.works.works)
      if (!seen.has(work.id) && tellsAny(work, data.works.works, character.parts))
        report(
          "characters",
          `${at}.portrayals`,
          `has no portrayal for ${work.id}, which tells this character's part: add one (present, absent or unknown)`,
        );
  });

  unique("elements", data.elements.elements, (i) => `elements[${i}]`, "element");
  data.elements.elements.forEach((element, e) => {
    const at = `elements[${e}]`;
    if (element.part !== undefined && element.part > partCount)
      report("elements", `${at}.part`, `part ${element.part} does not exist in the original (${partCount} parts)`);
    for (const id of element.characters ?? [])
      if (!characterIds.has(id))
        report("elements", `${at}.characters`, `names character "${id}", who is not in characters.json`);
    const parts = element.part === undefined ? undefined : [element.part];
    const seen = new Set<string>();
    element.cells.forEach((cell, i) => {
      const work = works.get(cell.work);
      if (!work) return report("elements", `${at}.cells[${i}].work`, `names work "${cell.work}", which does not exist`);
      if (seen.has(cell.work))
        report("elements", `${at}.cells[${i}].work`, `a second cell for ${cell.work}; one per work`);
      seen.add(cell.work);
      if (!tellsAny(work, data.works.works, parts))
        report(
          "elements",
          `${at}.cells[${i}]`,
          `${cell.work} does not tell part ${element.part}: it is "not adapted" by construction, so leave this cell out`,
        );
    });
    for (const work of data.works.works)
      if (!seen.has(work.id) && tellsAny(work, data.works.works, parts))
        report("elements", `${at}.cells`, `has no cell for ${work.id}: add one (present, absent or unknown)`);
  });

  data.awards.awards.forEach((award, a) => {
    if (!works.has(award.work))
      report("awards", `awards[${a}].work`, `names work "${award.work}", which does not exist`);
    for (const id of award.nominees)
      if (!personIds.has(id))
        report("awards", `awards[${a}].nominees`, `names person "${id}", who is not in people.json`);
  });

  const used = new Set<string>();
  const sameFact = new Map<string, { confidence: string; at: string }[]>();
  for (const ref of collectClaims(data)) {
    if (ref.claim.fact) {
      const seen = sameFact.get(ref.claim.fact) ?? [];
      const at = `${ref.file}.json ${ref.path}`;
      const other = seen.find((s) => s.confidence !== ref.claim.confidence);
      if (other)
        report(
          ref.file,
          ref.path,
          `states fact "${ref.claim.fact}" as ${ref.claim.confidence}, where ${other.at} states it as ${other.confidence}`,
        );
      sameFact.set(ref.claim.fact, [...seen, { confidence: ref.claim.confidence, at }]);
    }
    for (const id of claimSourceIds(ref.claim)) {
      used.add(id);
      if (!sourceIds.has(id)) report(ref.file, ref.path, `cites source "${id}", which is not in sources.json`);
    }
    const span = ref.claim.span;
    if (span) {
      const spanWork = works.get(span.work);
      if (!spanWork) report(ref.file, `${ref.path}.span`, `names work "${span.work}", which does not exist`);
      else if (span.from > span.to || span.to > spanWork.units.count)
        report(
          ref.file,
          `${ref.path}.span`,
          `span ${span.from}–${span.to} does not fit ${span.work} (${spanWork.units.count} ${spanWork.units.kind}s)`,
        );
    }
  }
  // What no source says may still say what some do (an unknown cell's or portrayal's note): those cite too.
  const unknownNotes = [
    ...data.elements.elements.flatMap((e, i) =>
      e.cells.map((cell, c) => ({ file: "elements", path: `elements[${i}].cells[${c}]`, cell })),
    ),
    ...data.characters.characters.flatMap((ch, i) =>
      ch.portrayals.map((p, n) => ({
        file: "characters",
        path: `characters[${i}].portrayals[${n}].presence`,
        cell: p.presence,
      })),
    ),
  ];
  for (const { file, path, cell } of unknownNotes)
    if (cell.state === "unknown")
      for (const id of claimSourceIds(cell)) {
        used.add(id);
        if (!sourceIds.has(id)) report(file, path, `cites source "${id}", which is not in sources.json`);
      }
  // A source is cited by its id in noteSources, never by a code in the words: the page numbers its sources.
  const walk = (file: string, path: string, value: unknown) => {
    if (typeof value === "string") {
      if (CITED_BY_CODE.test(value))
        report(
          file,
          path,
          `names a source by its code in the text ("${CITED_BY_CODE.exec(value)?.[0]}"): list it in noteSources`,
        );
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(file, `${path}[${i}]`, v));
    else if (value && typeof value === "object")
      for (const [key, v] of Object.entries(value)) walk(file, path ? `${path}.${key}` : key, v);
  };
  for (const [file, contents] of Object.entries(data)) walk(file, "", contents);

  for (const [fact, claims] of sameFact)
    if (claims.length < 2)
      report("works", "", `fact "${fact}" is named by one claim only (${claims[0]?.at}): a key joins two or more`);
  data.sources.sources.forEach((source, i) => {
    if (!used.has(source.id)) report("sources", `sources[${i}]`, `source "${source.id}" is cited by no claim`);
  });

  return problems;
}
