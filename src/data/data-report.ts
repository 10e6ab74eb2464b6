import { cellOf, changeType } from "./change-type.ts";
import { CHANGE_TYPES } from "./schema/vocabularies.ts";
import { claimSourceIds } from "./claim-parts.ts";
import { collectClaims } from "./collect-claims.ts";
import { collectEvents } from "./collect-events.ts";
import type { Dataset } from "./data-files.ts";
import { originalWork, tellsAny } from "./parts-told.ts";
import { CONFIDENCES } from "./schema/vocabularies.ts";
import { ELEMENT_CATEGORIES } from "./schema/vocabularies.ts";

const count = <T extends string>(keys: readonly T[], values: T[]) =>
  keys.map((k) => `${k} ${values.filter((v) => v === k).length}`).join(", ");

/** What the data holds, as lines of text: the figures the README's data section quotes. */
export function dataReport(data: Dataset): string[] {
  const out: string[] = [];
  const works = data.works.works;
  const claims = collectClaims(data);
  const cited = new Set(claims.flatMap((r) => claimSourceIds(r.claim)));

  out.push("# Claims and sources");
  out.push(`${claims.length} claims citing ${cited.size} of ${data.sources.sources.length} sources.`);
  out.push(
    `By confidence: ${count(
      CONFIDENCES,
      claims.map((r) => r.claim.confidence),
    )}.`,
  );
  for (const file of ["works", "people", "characters", "elements", "awards"] as const)
    out.push(`  ${file}: ${claims.filter((r) => r.file === file).length} claims`);

  out.push("", "# Adaptation elements");
  const elements = data.elements.elements;
  out.push(
    `${elements.length} elements. By category: ${count(
      ELEMENT_CATEGORIES,
      elements.map((e) => e.category),
    )}.`,
  );
  out.push("Cells per work by state (not-adapted: the work does not tell the element's part):");
  for (const work of works) {
    const states = elements.map((e) => {
      const cell = cellOf(e, work, works);
      return cell === "not-adapted" ? "not-adapted" : cell.state;
    });
    out.push(`  ${work.id}: ${count(["present", "absent", "unknown", "not-adapted"] as const, states)}`);
  }
  const original = originalWork(works);
  if (original)
    for (const work of works.filter((w) => w.id !== original.id))
      out.push(
        `  ${work.id} against the ${original.id}: ${count(
          CHANGE_TYPES,
          elements.map((e) => changeType(e, work, original, works)),
        )}`,
      );
  for (const element of elements) {
    out.push(`  - ${element.id} (${element.category}${element.part ? `, part ${element.part}` : ""}): ${element.name}`);
    for (const cell of element.cells)
      out.push(
        `      ${cell.work}: ${cell.state}${cell.state === "present" ? ` [${cell.variant}]` : ""}${cell.state === "unknown" ? "" : ` (${claimSourceIds(cell).join(", ")})`}`,
      );
  }

  out.push("", "# Characters");
  const characters = data.characters.characters;
  out.push(`${characters.length} characters.`);
  for (const work of works) {
    const states = characters.map((c) => {
      if (!tellsAny(work, works, c.parts)) return "absent";
      return c.portrayals.find((p) => p.work === work.id)?.presence.state ?? "unknown";
    });
    out.push(`  in the ${work.id}: ${count(["present", "absent", "unknown"] as const, states)}`);
  }
  for (const character of characters) {
    const names = character.portrayals
      .filter((p) => p.presence.state === "present" && p.name)
      .map((p) => {
        const name = p.name && p.name.confidence !== "disputed" ? p.name.value.romanized : "(disputed name)";
        return `${p.work}: ${name} (${p.name ? claimSourceIds(p.name).join(", ") : ""})`;
      });
    out.push(`  - ${character.id}: ${names.join("; ") || "named in no work"}`);
  }

  out.push("", "# Dated events");
  const events = collectEvents(works, data.awards.awards);
  out.push(
    `${events.length} dated events: ${works.map((w) => `${w.id} ${events.filter((e) => e.work === w.id).length}`).join(", ")}; ${events.filter((e) => e.dates.length > 1).length} with disputed dates.`,
  );

  out.push("", "# Claims resting on a single source");
  const single = claims.filter((r) => r.claim.confidence === "single-source");
  out.push(`${single.length} claims:`);
  for (const ref of single) out.push(`  - ${ref.label} [${claimSourceIds(ref.claim).join(", ")}]`);
  return out;
}
