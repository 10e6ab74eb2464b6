import * as z from "zod/mini";
import { DATA_FILES, DATA_FILE_NAMES } from "./data-files.ts";

/** The JSON Schema of each data file, for editors; docs/schema/ holds them, and a test keeps them current. */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of DATA_FILE_NAMES) {
    const schema = z.toJSONSchema(DATA_FILES[name].schema, { unrepresentable: "any", io: "input" });
    out[`${name}.schema.json`] = `${JSON.stringify(schema, null, 2)}\n`;
  }
  return out;
}
