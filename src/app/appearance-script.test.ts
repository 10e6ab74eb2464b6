import { readFileSync } from "node:fs";
import { GLOBAL_SEARCH } from "../url-state/search-schema.ts";

// public/appearance.js (read from the repository root, where the tests run) runs before the app, so it cannot import the list: it keeps its own copy.
test("the head script knows every global parameter: any of them changes even a page drawn as the content note", () => {
  const script = readFileSync("public/appearance.js", "utf8");
  const listed = /\[((?:"\w+",\s*)*"\w+")\]\.some/.exec(script)?.[1];
  expect(JSON.parse(`[${listed}]`)).toEqual(Object.keys(GLOBAL_SEARCH));
});
