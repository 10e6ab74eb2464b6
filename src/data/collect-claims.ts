import type { Dataset } from "./data-files.ts";
import type { AnyClaim } from "./schema/claim.ts";
import type { Fact } from "./schema/fact.ts";
import { leadingValue } from "./claim-parts.ts";
import { sectionName } from "./section-name.ts";
import type { LinkTo } from "../url-state/routes.ts";
import { cellKey } from "./schema/vocabularies.ts";

/** A claim somewhere in the data, with where it lives and how a reader reaches it. */
export type ClaimRef = {
  file: keyof Dataset;
  /** Path inside the file, for error messages: "works[1].facts[3]". */
  path: string;
  claim: AnyClaim;
  /** What the claim is about, in a few words: "Film · Runtime". */
  label: string;
  /** Where the claim is shown in the app, with its anchor. */
  to?: LinkTo;
  work?: string;
};

/** Walks the whole dataset once and lists every claim in it. */
export function collectClaims(data: Dataset): ClaimRef[] {
  const out: ClaimRef[] = [];
  data.works.works.forEach((work, w) => {
    const at = `works[${w}]`;
    const add = (claim: AnyClaim, path: string, label: string, anchor: string) =>
      out.push({
        file: "works",
        path,
        claim,
        label: `${work.title} (${work.medium}) · ${label}`,
        to: { route: "work", params: { workId: work.id }, hash: anchor },
        work: work.id,
      });
    const addFacts = (facts: Fact[], path: string, prefix = "") =>
      facts.forEach((fact, f) => add(fact, `${path}.facts[${f}]`, prefix + fact.label, `fact-${fact.id}`));

    add(work.summary, `${at}.summary`, "what it is", "summary");
    addFacts(work.facts, at);
    work.sections.forEach((section, s) => {
      const path = `${at}.sections[${s}]`;
      const name = sectionName(work.units.kind, section.units);
      const anchor = `section-${section.id}`;
      if (section.titleEn) add(section.titleEn, `${path}.titleEn`, `${name}, English title`, anchor);
      if (section.titleKo) add(section.titleKo, `${path}.titleKo`, `${name}, Korean title`, anchor);
      if (section.adapts) add(section.adapts, `${path}.adapts`, `${name}, what it adapts`, anchor);
      if (section.directors) add(section.directors, `${path}.directors`, `${name}, director`, anchor);
      addFacts(section.facts, path, `${name}, `);
    });
  });
  data.works.works.forEach((work, w) =>
    (work.contentNotes ?? []).forEach((note, n) =>
      out.push({
        file: "works",
        path: `works[${w}].contentNotes[${n}]`,
        claim: note,
        label: `${work.title} (${work.medium}) · content note: ${note.topics.join(", ")}`,
        to: { route: "work", params: { workId: work.id }, hash: "content-notes" },
        work: work.id,
      }),
    ),
  );
  data.characters.characters.forEach((character, c) => {
    character.portrayals.forEach((portrayal, p) => {
      const path = `characters[${c}].portrayals[${p}]`;
      const work = data.works.works.find((w) => w.id === portrayal.work);
      const where = `${character.label} in the ${work?.medium ?? portrayal.work}`;
      const add = (claim: AnyClaim | undefined, field: string, what: string) => {
        if (claim)
          out.push({
            file: "characters",
            path: `${path}.${field}`,
            claim,
            label: `${where} · ${what}`,
            to: { route: "character", params: { characterId: character.id } },
            work: portrayal.work,
          });
      };
      if (portrayal.presence.state !== "unknown")
        add(portrayal.presence, "presence", portrayal.presence.state === "present" ? "who they are" : "absent");
      add(portrayal.name, "name", "name");
      add(portrayal.actor, "actor", "played by");
      add(portrayal.tier, "tier", "role tier");
      add(portrayal.appears, "appears", "where they appear");
      add(portrayal.identity, "identity", "same character");
    });
  });
  data.elements.elements.forEach((element, e) =>
    element.cells.forEach((cell, i) => {
      if (cell.state === "unknown") return;
      const work = data.works.works.find((w) => w.id === cell.work);
      out.push({
        file: "elements",
        path: `elements[${e}].cells[${i}]`,
        claim: cell,
        label: `${element.name} · ${work?.medium ?? cell.work}`,
        to: { route: "differences", search: { cell: cellKey(element.id, cell.work) } },
        work: cell.work,
      });
    }),
  );
  data.people.people.forEach((person, p) => {
    const at = `people[${p}]`;
    out.push({
      file: "people",
      path: `${at}.name`,
      claim: person.name,
      label: `${leadingValue(person.name)} · name as credited`,
    });
    if (person.hangul)
      out.push({
        file: "people",
        path: `${at}.hangul`,
        claim: person.hangul,
        label: `${leadingValue(person.name)} · name in Hangul`,
      });
    (person.facts ?? []).forEach((fact, f) =>
      out.push({
        file: "people",
        path: `${at}.facts[${f}]`,
        claim: fact,
        label: `${leadingValue(person.name)} · ${fact.label}`,
      }),
    );
  });
  data.awards.awards.forEach((award, a) => {
    const work = data.works.works.find((w) => w.id === award.work);
    out.push({
      file: "awards",
      path: `awards[${a}]`,
      claim: award,
      label: `${work ? `${work.title} (${work.medium})` : award.work} · ${award.ceremony} ${award.year}, ${award.category}`,
      to: { route: "work", params: { workId: award.work }, hash: `award-${award.id}` },
      work: award.work,
    });
  });
  return out;
}
