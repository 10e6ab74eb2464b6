import { dataPath, type DataOf, type ServedFileName } from "./data-files.ts";
import { DataFileError } from "./data-file-error.ts";

/** The first 16 hex digits of the SHA-256 of each file in data/ as the build validated it, by name; empty outside a build. */
declare const CHECKED_DATA_DIGESTS: Readonly<Record<string, string>>;

/** The files (by name) that arrived with exactly the bytes the build checked, and drew its prerendered pages from. */
export const filesAsBuilt = new Set<ServedFileName>();

/**
 * The one way the app reads data: under the base path, status checked, and parsed with the file's
 * schema unless its bytes are exactly those the build validated (docs/decisions/0008).
 */
export async function loadDataFile<N extends ServedFileName>(
  name: N,
  signal?: AbortSignal,
  checked: Readonly<Record<string, string>> = CHECKED_DATA_DIGESTS,
): Promise<DataOf<N>> {
  const path = dataPath(name);
  const url = `${import.meta.env.BASE_URL}${path}`;
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) {
      throw new DataFileError(path, [
        response.status === 404 ? "was not found (404)" : `could not be loaded (${response.status})`,
      ]);
    }
    bytes = await response.arrayBuffer();
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    throw new DataFileError(path, ["could not be reached (the network failed)"]);
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DataFileError(path, ["is not valid JSON"]);
  }
  if (checked[name] !== undefined && checked[name] === (await sha256(bytes))) {
    filesAsBuilt.add(name);
    // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- these are the very bytes the build validated with the file's schema (their SHA-256 matches): skipping the schema here is the point (docs/decisions/0008)
    return json as DataOf<N>;
  }
  const { parseDataFile } = await import("./parse-data-file.ts");
  return parseDataFile(name, path, json);
}

/**
 * The SHA-256's first 8 bytes as 16 hex digits (the build records no more: 64 bits tell a changed file
 * as surely, for a quarter of the bytes in every view), or "" where the browser offers no digest
 * (outside a secure context): then the schema decides.
 */
async function sha256(bytes: ArrayBuffer): Promise<string> {
  if (!globalThis.crypto?.subtle) return "";
  const digest = await crypto.subtle.digest("SHA-256", new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest, 0, 8), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
