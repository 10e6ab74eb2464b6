import { toJsonSchema } from "@valibot/to-json-schema";
import { DATA_FILE_NAMES } from "./data-files.ts";
import { DATA_SCHEMAS } from "./data-schemas.ts";

/**
 * The JSON Schema of each data file, for editors; docs/schema/ holds them, and a test keeps them
 * current. Rules JSON Schema cannot say (source counts per confidence) are left to validate:data.
 */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of DATA_FILE_NAMES) {
    const schema = toJsonSchema(DATA_SCHEMAS[name], { errorMode: "ignore" });
    out[`${name}.schema.json`] = `${JSON.stringify(schema, null, 2)}\n`;
  }
  return out;
}
