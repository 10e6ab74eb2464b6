import type * as v from "valibot";

/** "works[2].facts[0].value" from an issue's path. */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = "";
  for (const item of path ?? []) {
    const key = item.key;
    out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || "(top level)";
}

/** Where a schema issue is, and what is wrong there, in words. */
export function describeIssue(issue: v.BaseIssue<unknown>): { path: string; message: string } {
  if (issue.type === "strict_object") {
    // An unknown key: its own name ends the path; say it is unknown where it stands.
    const path = issue.path ?? [];
    return { path: formatPath(path.slice(0, -1)), message: `unknown field ${String(path.at(-1)?.key)}` };
  }
  return { path: formatPath(issue.path), message: issue.message };
}
