import { describe, expect, it } from "vitest";
import { editDistance, nearestMatches } from "./nearest-matches.ts";

const paths = [
  "/",
  "/works/novel",
  "/works/film",
  "/works/series",
  "/sources",
  "/differences",
  "/cast",
  "/timeline",
  "/compare",
];

describe("nearest matches", () => {
  it("counts edits", () => {
    expect(editDistance("film", "flim")).toBe(2);
    expect(editDistance("series", "seriess")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("suggests the closest ids for a typo, best first", () => {
    expect(nearestMatches("flim", ["novel", "film", "series"], (x) => x)).toEqual(["film"]);
    expect(nearestMatches("/works/seris", paths, (x) => x)[0]).toBe("/works/series");
    expect(nearestMatches("/source", paths, (x) => x)[0]).toBe("/sources");
  });

  it("suggests nothing when nothing is close", () => {
    expect(nearestMatches("zzzzzzzzzz", ["novel", "film", "series"], (x) => x)).toEqual([]);
    expect(nearestMatches("", ["novel"], (x) => x)).toEqual([]);
  });
});
