import { describe, expect, it } from "vitest";
import { hangulRuns } from "./hangul-runs.ts";

describe("hangulRuns", () => {
  it("finds Hangul inside English, keeping spaces between Hangul words in one run", () => {
    expect(hangulRuns("Given a name: No Yeong-su (노영수), played by Na Hyun-woo.")).toEqual([
      { text: "Given a name: No Yeong-su (", hangul: false },
      { text: "노영수", hangul: true },
      { text: "), played by Na Hyun-woo.", hangul: false },
    ]);
    expect(hangulRuns("우럭 한 점 우주의 맛")).toEqual([{ text: "우럭 한 점 우주의 맛", hangul: true }]);
  });

  it("leaves text without Hangul whole", () => {
    expect(hangulRuns("Kept")).toEqual([{ text: "Kept", hangul: false }]);
    expect(hangulRuns("")).toEqual([]);
  });
});
