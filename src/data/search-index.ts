import { leadingValue } from "./claim-parts.ts";
import type { Dataset } from "./data-files.ts";
import type { SearchItem } from "./schema/search-index-file.ts";
import { aliasMatcher, foldName } from "../lib/name-match.ts";
import type { LinkTo } from "../url-state/routes.ts";

/** What the site search finds, in the order its results are grouped. */
export const SEARCH_KINDS = ["work", "character", "person", "element", "source"] as const;

export type SearchHit = { item: SearchItem; matched?: string };

/**
 * Everything findable: works, characters (by their name in every work), people, elements and sources.
 * The build writes it as data/search-index.json (build/derived-files.ts), which the search view reads.
 */
export function searchIndex(data: Dataset): SearchItem[] {
  const items: SearchItem[] = [];
  for (const work of data.works.works) {
    const titles = work.facts.flatMap((f) =>
      f.topic === "titles" && f.confidence !== "disputed" && f.value.type === "text" ? [f.value.text] : [],
    );
    items.push({
      kind: "work",
      id: work.id,
      label: `${work.title} (${work.medium})`,
      names: [work.title, work.medium, ...titles],
      detail: work.medium,
    });
  }
  for (const character of data.characters.characters) {
    const names = character.portrayals.flatMap((p) => {
      if (!p.name) return p.aliases ?? [];
      const name = leadingValue(p.name);
      return [name.romanized, ...(name.hangul ? [name.hangul] : []), ...(p.aliases ?? [])];
    });
    items.push({
      kind: "character",
      id: character.id,
      label: character.label,
      names: [character.label, ...names],
      detail: "character",
    });
  }
  for (const person of data.people.people) {
    const name = leadingValue(person.name);
    items.push({
      kind: "person",
      id: person.id,
      label: name,
      names: [name, ...(person.hangul ? [leadingValue(person.hangul)] : []), ...person.aliases],
      detail: "person",
    });
  }
  for (const element of data.elements.elements)
    items.push({
      kind: "element",
      id: element.id,
      label: element.name,
      names: [element.name],
      detail: element.category,
    });
  // A source by its number, as its footnote marks name it (its place in the file, as sourceNumber in
  // ui/fact-marks.tsx counts it); still found by its id.
  data.sources.sources.forEach((source, i) =>
    items.push({
      kind: "source",
      id: source.id,
      label: `Source ${i + 1}: ${source.title}`,
      names: [source.title, source.publisher, source.id.toUpperCase()],
      detail: source.publisher,
    }),
  );
  // A name given in several works (a character's, say) is written once: the file every search waits for stays small.
  return items.map((item) => ({ ...item, names: [...new Set(item.names)] }));
}

/** Where a result leads: a work's or a character's page, a person in the cast, an element in the matrix, a source in the list. */
export function searchLink({ kind, id, label }: SearchItem): LinkTo {
  switch (kind) {
    case "work":
      return { route: "work", params: { workId: id } };
    case "character":
      return { route: "character", params: { characterId: id } };
    case "person":
      return { route: "cast", search: { q: label } };
    case "element":
      return { route: "differences", search: { q: label } };
    case "source":
      return { route: "sources", hash: `source-${id}` };
  }
}

/** The items a query finds, best first (a name that starts with it before one that only contains it), with the name matched when it is not the label. */
export function searchItems(items: SearchItem[], query: string, limit = 40): SearchHit[] {
  const match = aliasMatcher(query);
  if (!match) return [];
  const q = foldName(query);
  const hits: (SearchHit & { rank: number })[] = [];
  for (const item of items) {
    const matched = match(item.names);
    if (matched === undefined) continue;
    const folded = foldName(matched);
    hits.push({
      item,
      rank: folded.startsWith(q) ? 0 : 1,
      ...(folded === foldName(item.label) || item.label.includes(matched) ? {} : { matched }),
    });
  }
  return hits
    .sort((a, b) => a.rank - b.rank || SEARCH_KINDS.indexOf(a.item.kind) - SEARCH_KINDS.indexOf(b.item.kind))
    .slice(0, limit)
    .map(({ item, matched }) => (matched === undefined ? { item } : { item, matched }));
}
