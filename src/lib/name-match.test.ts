import { describe, expect, it } from "vitest";
import { aliasMatcher, foldName } from "./name-match.ts";

describe("foldName", () => {
  it("ignores case, spaces, hyphens and dots", () => {
    expect(foldName("Mi-ae")).toBe("miae");
    expect(foldName("Jae Hee")).toBe(foldName("jaehee"));
    expect(foldName("Kyu-ho")).toBe("kyuho");
    expect(foldName("E.oni")).toBe("eoni");
  });

  it("compares Hangul composed, whatever form it was typed in", () => {
    expect(foldName("김고은")).toBe(foldName("김고은".normalize("NFD")));
    expect(foldName("우럭 한 점")).toBe("우럭한점");
  });
});

describe("aliasMatcher", () => {
  const jaehee = ["Jaehee", "Jae-hee", "Koo Jae-hee", "구재희", "Choi Mi-ae", "Mi-ae", "미애"];

  it("finds a character by any alias, romanised or Hangul", () => {
    expect(aliasMatcher("jaehee")?.(jaehee)).toBe("Jaehee");
    expect(aliasMatcher("miae")?.(jaehee)).toBe("Choi Mi-ae");
    expect(aliasMatcher("MI AE")?.(jaehee)).toBe("Choi Mi-ae");
    expect(aliasMatcher("구재희")?.(jaehee)).toBe("구재희");
    expect(aliasMatcher("재희")?.(jaehee)).toBe("구재희");
  });

  it("finds a part of a name", () => {
    expect(aliasMatcher("kyu-ho")?.(["Sim Gyu-ho", "Kyu-ho"])).toBe("Kyu-ho");
    expect(aliasMatcher("go eun")?.(["Kim Go-eun", "김고은"])).toBe("Kim Go-eun");
  });

  it("matches nothing for an empty query or a name that is not there", () => {
    expect(aliasMatcher("")).toBeUndefined();
    expect(aliasMatcher(" - ")).toBeUndefined();
    expect(aliasMatcher("habibi")?.(jaehee)).toBeUndefined();
  });
});
