import * as v from "valibot";
import { checkCrossFileRules, type Problem } from "./cross-file-rules.ts";
import { DATA_FILE_NAMES, dataPath, type Dataset } from "./data-files.ts";
import { DATA_SCHEMAS } from "./data-schemas.ts";
import { describeIssue } from "./describe-issues.ts";

/**
 * Checks raw file contents (as read from disk, by file name) against each file's schema and then,
 * when every file parses, against the cross-file rules. Returns every problem at once.
 */
export function validateDataset(raw: Record<string, string | undefined>): Problem[] {
  const problems: Problem[] = [];
  const parsed: Partial<Dataset> = {};
  for (const name of DATA_FILE_NAMES) {
    const path = dataPath(name);
    const schema = DATA_SCHEMAS[name];
    const file = `public/${path}`;
    const text = raw[name];
    if (text === undefined) {
      problems.push({ file, path: "(file)", message: "is missing" });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({
        file,
        path: "(file)",
        message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    const result = v.safeParse(schema, json);
    if (result.success) Object.assign(parsed, { [name]: result.output });
    else for (const issue of result.issues) problems.push({ file, ...describeIssue(issue) });
  }
  const { works, people, characters, elements, awards, sources } = parsed;
  // Every file parsed when there is no problem yet: the cross-file rules need them all.
  if (problems.length === 0 && works && people && characters && elements && awards && sources)
    problems.push(...checkCrossFileRules({ works, people, characters, elements, awards, sources }));
  return problems;
}
