import type { Award } from "./schema/awards-file.ts";
import type { AnyClaim } from "./schema/claim.ts";
import type { Fact } from "./schema/fact.ts";
import type { Work } from "./schema/works-file.ts";

/** A dated happening of one work: a date-valued fact or an award, with every date its sources give. */
export type DatedEvent = {
  id: string;
  work: string;
  label: string;
  topic: string;
  /** One date, or one per version where the sources disagree (rejected versions are not here). */
  dates: { from: string; to?: string }[];
  claim: AnyClaim;
  /** For an award: what came of it (won, nominated…), where the sources agree on it. */
  result?: string;
};

function datesOf(fact: Fact): { from: string; to?: string }[] {
  const values = fact.confidence === "disputed" ? fact.versions.map((v) => v.value) : [fact.value];
  return values.flatMap((value) =>
    value.type === "date"
      ? [{ from: value.date }]
      : value.type === "date-range"
        ? [{ from: value.from, to: value.to }]
        : [],
  );
}

/** Every dated event in the data, in date order (by the earliest version): what the timeline draws. */
export function collectEvents(works: Work[], awards: Award[]): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const work of works)
    for (const fact of [...work.facts, ...work.sections.flatMap((s) => s.facts)]) {
      const dates = datesOf(fact);
      if (dates.length)
        events.push({
          id: `${work.id}.${fact.id}`,
          work: work.id,
          label: fact.label,
          topic: fact.topic,
          dates,
          claim: fact,
        });
    }
  for (const award of awards)
    events.push({
      id: `award.${award.id}`,
      work: award.work,
      label: `${award.ceremony}: ${award.category}`,
      topic: "awards",
      dates: [{ from: award.date ?? String(award.year) }],
      claim: award,
      ...(award.confidence === "disputed" ? {} : { result: award.value }),
    });
  const first = (e: DatedEvent) => e.dates.map((d) => d.from).sort()[0] ?? "";
  return events.sort((a, b) => first(a).localeCompare(first(b)));
}
