import { createHash } from "node:crypto";
import { afterEach, assert, describe, expect, it, vi } from "vitest";
import { DataFileError } from "./data-file-error.ts";
import { loadDataFile } from "./load-data-file.ts";

const respond = (body: BodyInit | null, status = 200) =>
  vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(body, { status }));

afterEach(() => vi.restoreAllMocks());

describe("loadDataFile", () => {
  it("fetches the file under the base path and returns it parsed", async () => {
    const fetch = respond(JSON.stringify({ people: [] }));
    await expect(loadDataFile("people")).resolves.toEqual({ people: [] });
    expect(fetch).toHaveBeenCalledWith("/data/people.json", expect.anything());
  });

  it("names the file when it is missing", async () => {
    respond("not found", 404);
    await expect(loadDataFile("people")).rejects.toEqual(
      new DataFileError("data/people.json", ["was not found (404)"]),
    );
  });

  it("names the file when the server fails", async () => {
    respond("oops", 500);
    await expect(loadDataFile("awards")).rejects.toMatchObject({
      file: "data/awards.json",
      problems: ["could not be loaded (500)"],
    });
  });

  it("names the file when it is not JSON", async () => {
    respond("<html>");
    await expect(loadDataFile("sources")).rejects.toMatchObject({
      file: "data/sources.json",
      problems: ["is not valid JSON"],
    });
  });

  it("names the file and the field when the schema is broken", async () => {
    respond(JSON.stringify({ people: [{ id: "Bad Id" }] }));
    const error = await loadDataFile("people").catch((e: unknown) => e);
    assert(error instanceof DataFileError);
    expect(error.problems).toContain("people[0].id: an id is lower-case kebab-case: a-z, 0-9 and single hyphens");
  });

  it("skips the schema for a file whose bytes are those the build validated", async () => {
    // Broken on purpose: only the digest can let it through, which shows the schema was not run.
    const body = JSON.stringify({ people: [{ id: "Bad Id" }] });
    const digest = createHash("sha256").update(body).digest("hex").slice(0, 16);
    respond(body);
    await expect(loadDataFile("people", undefined, { people: digest })).resolves.toEqual({
      people: [{ id: "Bad Id" }],
    });
  });

  it("validates a file whose bytes differ from those the build validated", async () => {
    respond(JSON.stringify({ people: [{ id: "Bad Id" }] }));
    const checked = { people: createHash("sha256").update("something else").digest("hex").slice(0, 16) };
    await expect(loadDataFile("people", undefined, checked)).rejects.toBeInstanceOf(DataFileError);
  });

  it("names the file when the network fails", async () => {
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("Failed to fetch"));
    await expect(loadDataFile("works")).rejects.toMatchObject({ file: "data/works.json" });
  });
});
