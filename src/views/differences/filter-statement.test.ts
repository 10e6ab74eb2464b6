import { describe, expect, it } from "vitest";
import type { Work } from "../../data/schema/works-file.ts";
import { filterStatement } from "./filter-statement.ts";

const work = (id: "novel" | "film" | "series") => ({ medium: id }) satisfies Pick<Work, "medium">;

describe("filter statement", () => {
  it("says plainly what is shown", () => {
    expect(
      filterStatement({
        columns: [work("novel"), work("series")],
        baseline: work("novel"),
        category: ["characters"],
        status: ["changed"],
        q: "",
        only: "all",
      }),
    ).toBe(
      "Showing the novel and the series, compared with the novel; category: characters; rows where a work is changed.",
    );
  });

  it("names the search and the differences switch, and leaves out what is not filtered", () => {
    expect(
      filterStatement({
        columns: [work("novel"), work("film"), work("series")],
        baseline: work("film"),
        category: [
          "structure",
          "characters",
          "plot",
          "setting",
          "music",
          "motif",
          "theme",
          "point-of-view",
          "production",
        ],
        status: ["kept", "changed", "added", "omitted", "not-adapted", "unknown"],
        q: "wedding",
        only: "differences",
      }),
    ).toBe(
      "Showing the novel, the film and the series, compared with the film; matching “wedding”; only rows where the works differ.",
    );
  });
});
