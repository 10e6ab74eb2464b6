import * as v from "valibot";
import type { DataOf, ServedFileName } from "./data-files.ts";
import { DataFileError } from "./data-file-error.ts";
import { DATA_SCHEMAS } from "./data-schemas.ts";
import { describeIssue } from "./describe-issues.ts";

/**
 * A data file's JSON checked against its schema, or a DataFileError naming the first five problems.
 * Loaded by the browser only for a file the build did not check (docs/decisions/0008).
 */
export function parseDataFile<N extends ServedFileName>(name: N, path: string, json: unknown): DataOf<N> {
  const parsed = v.safeParse(DATA_SCHEMAS[name], json);
  if (parsed.success) return parsed.output;
  throw new DataFileError(
    path,
    parsed.issues.slice(0, 5).map((issue) => {
      const { path: where, message } = describeIssue(issue);
      return `${where}: ${message}`;
    }),
  );
}
