import * as v from "valibot";
import { DATA_FILES, type DataFileName, type DataOf } from "./data-files.ts";
import { DataFileError } from "./data-file-error.ts";

/** The one way the app reads data: under the base path, status checked, parsed with the file's schema. */
export async function loadDataFile<N extends DataFileName>(name: N, signal?: AbortSignal): Promise<DataOf<N>> {
  const { path, schema } = DATA_FILES[name];
  const url = `${import.meta.env.BASE_URL}${path}`;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    throw new DataFileError(path, ["could not be reached (the network failed)"]);
  }
  if (!response.ok) {
    throw new DataFileError(path, [response.status === 404 ? "was not found (404)" : `could not be loaded (${response.status})`]);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataFileError(path, ["is not valid JSON"]);
  }
  const parsed = v.safeParse(schema, json);
  if (!parsed.success) {
    // Only a broken file needs the wording of its problems: loaded then, not with every page.
    const { describeIssue } = await import("./describe-issues.ts");
    throw new DataFileError(
      path,
      parsed.issues.slice(0, 5).map((issue) => {
        const { path: where, message } = describeIssue(issue);
        return `${where}: ${message}`;
      }),
    );
  }
  return parsed.output;
}
