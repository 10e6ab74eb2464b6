import { claimSourceIds } from "./claim-parts.ts";
import { collectClaims } from "./collect-claims.ts";
import type { Dataset } from "./data-files.ts";
import type { Fact } from "./schema/fact.ts";

export type Problem = { file: string; path: string; message: string };

/** The rules no single file's schema can check: unique ids, references that resolve, every source used. */
export function checkCrossFileRules(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, path: string, message: string) => problems.push({ file: `public/data/${file}.json`, path, message });

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
            if (!personIds.has(id)) report(file, `${path}.facts[${f}]`, `names person "${id}", who is not in people.json`);
    });

  data.works.works.forEach((work, w) => {
    const at = `works[${w}]`;
    const facts = [...work.facts, ...work.sections.flatMap((s) => s.facts)];
    unique("works", facts, (i) => `${at} fact #${i + 1}`, "fact");
    unique("works", work.sections, (i) => `${at}.sections[${i}]`, "section");
    checkPeopleIn("works", at, work.facts);

    const base = work.basedOn === undefined ? undefined : works.get(work.basedOn);
    if (work.basedOn !== undefined && !base) report("works", `${at}.basedOn`, `names work "${work.basedOn}", which does not exist`);
    if (work.basedOn === work.id) report("works", `${at}.basedOn`, "a work cannot be based on itself");

    work.sections.forEach((section, s) => {
      const path = `${at}.sections[${s}]`;
      const { from, to } = section.units;
      if (from > to || to > work.units.count)
        report("works", `${path}.units`, `units ${from}–${to} do not fit a work of ${work.units.count} ${work.units.kind}(s)`);
      checkPeopleIn("works", path, section.facts);
      if (section.directors) {
        const values = section.directors.confidence === "disputed" ? section.directors.versions.map((v) => v.value) : [section.directors.value];
        for (const id of values.flat())
          if (!personIds.has(id)) report("works", `${path}.directors`, `names person "${id}", who is not in people.json`);
      }
      if (section.adapts) {
        if (!base) report("works", `${path}.adapts`, "says what it adapts, but the work has no basedOn");
        else {
          const parts = section.adapts.confidence === "disputed" ? section.adapts.versions.flatMap((v) => v.value) : section.adapts.value;
          for (const part of parts)
            if (part > base.units.count) report("works", `${path}.adapts`, `adapts part ${part}, but ${base.id} has ${base.units.count}`);
        }
      }
    });
  });

  data.awards.awards.forEach((award, a) => {
    if (!works.has(award.work)) report("awards", `awards[${a}].work`, `names work "${award.work}", which does not exist`);
    for (const id of award.nominees)
      if (!personIds.has(id)) report("awards", `awards[${a}].nominees`, `names person "${id}", who is not in people.json`);
  });

  const used = new Set<string>();
  for (const ref of collectClaims(data)) {
    for (const id of claimSourceIds(ref.claim)) {
      used.add(id);
      if (!sourceIds.has(id)) report(ref.file, ref.path, `cites source "${id}", which is not in sources.json`);
    }
    const span = ref.claim.span;
    if (span) {
      const spanWork = works.get(span.work);
      if (!spanWork) report(ref.file, `${ref.path}.span`, `names work "${span.work}", which does not exist`);
      else if (span.from > span.to || span.to > spanWork.units.count)
        report(ref.file, `${ref.path}.span`, `span ${span.from}–${span.to} does not fit ${span.work} (${spanWork.units.count} ${spanWork.units.kind}s)`);
    }
  }
  data.sources.sources.forEach((source, i) => {
    if (!used.has(source.id)) report("sources", `sources[${i}]`, `source "${source.id}" is cited by no claim`);
  });

  return problems;
}
