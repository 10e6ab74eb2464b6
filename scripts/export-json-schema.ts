// Writes docs/schema/<file>.schema.json from the valibot schemas, for people who edit the data.
import { writeFileSync } from "node:fs";
import { jsonSchemas } from "../src/data/json-schemas.ts";

for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`../docs/schema/${name}`, import.meta.url), text);
  console.log(`docs/schema/${name}`);
}
