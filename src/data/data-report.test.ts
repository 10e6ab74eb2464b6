import { describe, expect, it } from "vitest";
import { readDataset } from "./data-on-disk.ts";
import { dataReport } from "./data-report.ts";

describe("data report", () => {
  const report = dataReport(readDataset()).join("\n");

  it("counts claims by confidence, and every source is cited", () => {
    expect(report).toMatch(/^\d+ claims citing (\d+) of \1 sources\.$/m);
    expect(report).toMatch(/By confidence: confirmed \d+, single-source \d+, uncertain \d+, disputed \d+\./);
  });

  it("lists every element with each work's cell and its sources", () => {
    expect(report).toMatch(/- best-friend-name \(characters, part 1\)/);
    expect(report).toMatch(/series: present \[mi-ae\] \(seed-tv, t22\)/);
  });

  it("shows the film as not adapting parts 2 to 4", () => {
    expect(report).toMatch(/film: present \d+, absent \d+, unknown \d+, not-adapted [1-9]\d*/);
  });

  it("follows each character across the works by name", () => {
    expect(report).toMatch(/- jaehee: novel: Jaehee .*; film: Koo Jae-hee .*; series: Choi Mi-ae/);
    expect(report).toMatch(/- young: novel: Young .*; film: Jang Heung-soo .*; series: Go Young/);
  });

  it("lists the claims that rest on a single source", () => {
    expect(report).toMatch(/# Claims resting on a single source\n\d+ claims:\n {2}- /);
    expect(report).toMatch(/Total admissions \[seed-film\]/);
  });
});
