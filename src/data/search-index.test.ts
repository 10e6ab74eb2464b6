// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readDataset } from "./data-on-disk.ts";
import { href } from "../url-state/routes.ts";
import { searchIndex, searchItems, searchLink } from "./search-index.ts";

const items = searchIndex(readDataset());
/** Where the first result of a kind for a query leads. */
const link = (q: string, kind: string) => {
  const item = searchItems(items, q).find((h) => h.item.kind === kind)?.item;
  return item ? href(searchLink(item)) : undefined;
};
const find = (q: string) =>
  searchItems(items, q).map((h) => `${h.item.kind}:${h.item.id}${h.matched ? ` (${h.matched})` : ""}`);

describe("site search", () => {
  it("lists each of an item's names once, however many works give it", () => {
    expect(items.filter((item) => new Set(item.names).size !== item.names.length)).toEqual([]);
    expect(items.find((item) => item.id === "young")?.names.filter((name) => name === "Young")).toEqual(["Young"]);
  });

  it("finds a character by a name from any work, and says which name", () => {
    expect(find("mi-ae")).toContain("character:jaehee (Choi Mi-ae)");
    expect(find("heungsoo")).toContain("character:young (Jang Heung-soo)");
  });

  it("finds people by romanised name, alias and Hangul", () => {
    expect(find("Kim Go-eun")).toContain("person:kim-go-eun");
    expect(find("이언희")[0]).toBe("person:e-oni (이언희)");
    expect(find("Lee Eon-hee")).toContain("person:e-oni (Lee Eon-hee)");
  });

  it("finds works by their Korean title, elements and sources", () => {
    expect(find("대도시의 사랑법")).toEqual(
      expect.arrayContaining(["work:novel (대도시의 사랑법)", "work:film (대도시의 사랑법)"]),
    );
    expect(find("uterus")).toContain("element:uterus-model");
    expect(find("kirkus")).toContain("source:n5");
    // A source reads as its footnote marks name it, never as a bracketed code.
    const kirkus = searchItems(items, "kirkus").find((h) => h.item.id === "n5");
    expect(kirkus?.item.label).toMatch(/^Source \d+: /);
    expect(items.filter((i) => i.label.includes("["))).toEqual([]);
  });

  it("ranks names that start with the query first, and finds nothing for nothing", () => {
    expect(find("habibi")[0]).toBe("character:habibi");
    expect(find("")).toEqual([]);
    expect(find("zzzz")).toEqual([]);
  });

  it("leads each kind of result to its place: a page, the cast or the matrix searched for it, a source in the list", () => {
    expect(link("film", "work")).toBe("/works/film");
    expect(link("habibi", "character")).toBe("/characters/habibi");
    expect(link("Kim Go-eun", "person")).toBe("/cast?q=Kim+Go-eun");
    expect(link("uterus", "element")).toMatch(/^\/differences\?q=/);
    expect(link("kirkus", "source")).toBe("/sources#source-n5");
  });
});
