import { describe, expect, it } from "vitest";
import { flag, listOf, oneOf, progress, text, whole } from "./fields.ts";
import { keptQuery, parseSearch, serializeSearch } from "./search-schema.ts";

const WORKS = ["novel", "film", "series"] as const;
const schema = {
  works: listOf(WORKS, WORKS),
  baseline: oneOf(WORKS, "novel"),
  q: text(),
  only: flag(),
  step: whole(1, 99, 1),
};

const parse = (query: string) => parseSearch(schema, new URLSearchParams(query));

describe("parseSearch", () => {
  it("reads every field, falling back to defaults when absent", () => {
    expect(parse("").values).toEqual({
      works: ["novel", "film", "series"],
      baseline: "novel",
      q: "",
      only: false,
      step: 1,
    });
    expect(parse("").ignored).toEqual([]);
  });

  it("reads comma-separated lists in the order given, dropping repeats", () => {
    expect(parse("works=series,novel,series").values.works).toEqual(["series", "novel"]);
  });

  it("drops unknown list entries and says so, keeping the rest", () => {
    const { values, ignored } = parse("works=novel,play");
    expect(values.works).toEqual(["novel"]);
    expect(ignored).toEqual([{ name: "works", reason: 'unknown "play"' }]);
  });

  it("falls back per field: one bad value never breaks the others", () => {
    const { values, ignored } = parse("baseline=opera&works=film&step=abc");
    expect(values.baseline).toBe("novel");
    expect(values.works).toEqual(["film"]);
    expect(values.step).toBe(1);
    expect(ignored.map((i) => i.name)).toEqual(["baseline", "step"]);
  });

  it("uses the first of a repeated parameter and says so", () => {
    const { values, ignored } = parse("baseline=film&baseline=series");
    expect(values.baseline).toBe("film");
    expect(ignored).toEqual([{ name: "baseline", reason: "given 2 times; only the first is used" }]);
  });

  it("names parameters the page does not use", () => {
    expect(parse("colour=red").ignored).toEqual([{ name: "colour", reason: "is not used on this page" }]);
  });

  it("cuts huge text and strips control characters", () => {
    const { values, ignored } = parse(`q=${"a".repeat(500)}`);
    expect(values.q).toHaveLength(200);
    expect(ignored[0]?.name).toBe("q");
    expect(parse("q=a%00b").values.q).toBe("ab");
  });

  it("keeps script-like text as plain text", () => {
    expect(parse("q=<script>alert(1)</script>").values.q).toBe("<script>alert(1)</script>");
  });
});

describe("serializeSearch", () => {
  it("leaves defaults out of the URL", () => {
    expect(
      serializeSearch(schema, {
        works: ["novel", "film", "series"],
        baseline: "novel",
        q: "",
        only: false,
        step: 1,
      }).toString(),
    ).toBe("");
  });

  it("writes non-defaults, lists comma-separated", () => {
    const params = serializeSearch(schema, {
      works: ["series", "novel"],
      baseline: "film",
      q: "mi-ae",
      only: true,
      step: 3,
    });
    expect(params.toString()).toBe("works=series%2Cnovel&baseline=film&q=mi-ae&only=1&step=3");
  });

  it("round-trips what it writes", () => {
    const values = { works: ["film" as const], baseline: "series" as const, q: "김고은", only: true, step: 7 };
    expect(parseSearch(schema, serializeSearch(schema, values)).values).toEqual(values);
  });
});

describe("global parameters", () => {
  it("parses the spoiler progress and rejects malformed parts", () => {
    const field = progress();
    expect(field.parse("novel:2,film:0,series:4")).toEqual({ value: { novel: 2, film: 0, series: 4 } });
    expect(field.parse("novel:two").value).toBeNull();
    expect(field.parse("novel:two").ignored).toMatch(/novel:two/);
    expect(field.parse("novel:1,film").value).toEqual({ novel: 1 });
  });

  it("keeps names, progress and present when moving between views, and nothing else", () => {
    expect(keptQuery("?names=both&q=abc&progress=novel:1&present=1&works=film")).toBe(
      "?names=both&progress=novel%3A1&present=1",
    );
    expect(keptQuery("?names=klingon")).toBe("");
    expect(keptQuery("")).toBe("");
  });

  it("accepts names in any case but only the three styles", () => {
    const field = oneOf(["romanized", "hangul", "both"] as const, "romanized");
    expect(field.parse("HANGUL").value).toBe("hangul");
    expect(field.parse("korean").ignored).toBeDefined();
  });
});
