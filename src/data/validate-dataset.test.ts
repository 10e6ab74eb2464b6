// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readRawDataFiles } from "./data-on-disk.ts";
import { BAD_FILES } from "./fixtures/bad-dataset.ts";
import { validateDataset } from "./validate-dataset.ts";

describe("the real data", () => {
  it("passes every schema and every cross-file rule", () => {
    expect(validateDataset(readRawDataFiles())).toEqual([]);
  });
});

describe("bad data is rejected, every problem at once, with file and path", () => {
  const problems = validateDataset(BAD_FILES);
  const messages = problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
  const has = (pattern: RegExp) =>
    expect(
      messages.some((m) => pattern.test(m)),
      `expected a problem like ${pattern}\n${messages.join("\n")}`,
    ).toBe(true);

  it("finds a repeated id", () => has(/works\.json works\[0\] fact #2\.id: fact id "dup" is used twice/));
  it("finds a source that does not exist", () => has(/works\.json works\[0\]\.facts\[0\]: cites source "src-missing"/));
  it("finds a person who does not exist", () => has(/works\.json works\[0\]\.facts\[1\]: names person "nobody"/));
  it("finds a work that does not exist", () => has(/awards\.json awards\[0\]\.work: names work "opera"/));
  it("finds a nominee who does not exist", () => has(/awards\.json awards\[0\]\.nominees: names person "ghost"/));
  it("finds a section longer than its work", () =>
    has(/works\.json works\[1\]\.sections\[0\]\.units: units 1–2 do not fit/));
  it("finds a section adapting a part that does not exist", () => has(/adapts part 7, but novel has 4/));
  it("finds a spoiler span outside its work", () => has(/works\[1\]\.summary\.span: span 3–9 does not fit novel/));
  it("finds a present character without the name the work gives them", () =>
    has(/characters\.json characters\[0\]\.portrayals\[0\]\.name: a present character needs the name/));
  it("finds an unknown portrayal that names an actor", () =>
    has(/characters\[0\]\.portrayals\[1\]: is unknown, so it cannot have a name, actor/));
  it("finds an actor who does not exist", () =>
    has(/characters\[0\]\.portrayals\[1\]\.actor: names person "ghost-actor"/));
  it("finds two portrayals in one work", () =>
    has(/characters\[0\]\.portrayals\[2\]\.work: a second portrayal in film/));
  it("finds a portrayal in a work that does not tell the character's part", () =>
    has(/characters\[1\]\.portrayals\[0\]\.work: film tells none of parts 4/));
  it("finds a work that tells the character's part but has no portrayal", () =>
    has(/characters\[1\]\.portrayals: has no portrayal for novel/));
  it("finds an element cell in a work that does not tell its part", () =>
    has(/elements\.json elements\[0\]\.cells\[0\]: film does not tell part 3/));
  it("finds an element with no cell for a work that tells its part", () =>
    has(/elements\[0\]\.cells: has no cell for novel/));
  it("finds an element naming a character who does not exist", () =>
    has(/elements\[0\]\.characters: names character "nobody-here"/));
  it("finds one fact stated as confirmed or single-source in one place and otherwise in another", () =>
    has(
      /characters\.json characters\[0\]\.portrayals\[0\]\.presence: states fact "lead-age" as uncertain, where works\.json works\[0\]\.summary states it as single-source/,
    ));
  it("finds a fact key no other claim shares", () => has(/fact "alone" is named by one claim only/));
  it("finds a source named by its code in the words, not in noteSources", () =>
    has(/elements\.json elements\[0\]\.cells\[0\]\.note: names a source by its code in the text \("\(F27\)"\)/));
  it("finds an unknown portrayal's note citing a source that does not exist", () =>
    has(/characters\.json characters\[\d\]\.portrayals\[\d\]\.presence: cites source "src-lost"/));
  it("finds a source nobody cites", () => has(/sources\.json sources\[1\]: source "src-unused" is cited by no claim/));
});

const withWorks = (works: unknown) => validateDataset({ ...BAD_FILES, works: JSON.stringify(works) });
const oneWork = (summary: unknown) => ({
  checked: "2026",
  works: [
    {
      id: "n",
      medium: "novel",
      title: "T",
      summary,
      units: { kind: "part", count: 1 },
      sections: [{ id: "p", units: { from: 1, to: 1 }, facts: [] }],
      facts: [],
    },
  ],
});

describe("schema problems name the file and the field", () => {
  it("rejects a file that is not JSON", () => {
    expect(validateDataset({ ...BAD_FILES, people: "{ nope" })[0]).toMatchObject({
      file: "public/data/people.json",
      path: "(file)",
    });
  });

  it("rejects a missing file", () => {
    expect(validateDataset({ ...BAD_FILES, sources: undefined })).toContainEqual({
      file: "public/data/sources.json",
      path: "(file)",
      message: "is missing",
    });
  });

  it("rejects an id that is not kebab-case", () => {
    const problems = withWorks({ checked: "2026", works: [{ id: "Novel_1" }] });
    expect(problems).toContainEqual(expect.objectContaining({ file: "public/data/works.json", path: "works[0].id" }));
  });

  it("rejects a confirmed claim with only one source, and a single-source claim with two", () => {
    expect(withWorks(oneWork({ confidence: "confirmed", value: "x", sources: ["a"] }))).toContainEqual(
      expect.objectContaining({
        path: "works[0].summary.sources",
        message: "a confirmed claim needs two or more different sources",
      }),
    );
    expect(withWorks(oneWork({ confidence: "single-source", value: "x", sources: ["a", "b"] }))).toContainEqual(
      expect.objectContaining({
        path: "works[0].summary.sources",
        message: "a single-source claim has exactly one source",
      }),
    );
  });

  it("rejects a disputed claim with one version, and a date that is not partial ISO", () => {
    const problems = withWorks({
      checked: "21 Nov 2026",
      works: [
        {
          id: "n",
          medium: "novel",
          title: "T",
          summary: { confidence: "disputed", versions: [{ value: "x", sources: ["a"] }] },
          units: { kind: "part", count: 1 },
          sections: [{ id: "p", units: { from: 1, to: 1 }, facts: [] }],
          facts: [],
        },
      ],
    });
    expect(problems).toContainEqual(expect.objectContaining({ path: "checked" }));
    expect(problems).toContainEqual(expect.objectContaining({ path: "works[0].summary.versions" }));
  });

  it("rejects unknown fields, so a typo in a field name is caught", () => {
    const problems = validateDataset({ ...BAD_FILES, people: JSON.stringify({ people: [], persons: [] }) });
    expect(problems).toContainEqual({
      file: "public/data/people.json",
      path: "(top level)",
      message: "unknown field persons",
    });
  });
});
