// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "./json-schemas.ts";

describe("exported JSON Schemas", () => {
  it("match the schemas in code (run `npm run schema:export` after changing a schema)", () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      const committed = readFileSync(new URL(`../../docs/schema/${name}`, import.meta.url), "utf8");
      expect({ name, schema: committed }).toEqual({ name, schema: text });
    }
  });
});
