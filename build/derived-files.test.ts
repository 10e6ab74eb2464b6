// @vitest-environment node
import type { IncomingMessage, ServerResponse } from "node:http";
import * as v from "valibot";
import type { Connect } from "vite";
import { describe, expect, it } from "vitest";
import { dataPath, DERIVED_FILE_NAMES } from "../src/data/data-files.ts";
import { readDataset } from "../src/data/data-on-disk.ts";
import { DATA_SCHEMAS } from "../src/data/data-schemas.ts";
import { searchIndex } from "../src/data/search-index.ts";
import { derivedFileTexts, derivedFiles } from "./derived-files.ts";

/** The plugin's dev-server handler, as Vite would install it under a base path. */
function devHandler(base: string): Connect.NextHandleFunction {
  const plugin = derivedFiles();
  let handler: Connect.NextHandleFunction | undefined;
  const server = { middlewares: { use: (fn: Connect.NextHandleFunction) => (handler = fn) } };
  // The hooks are plain functions here: the plugin reads no more of the config and the server than this.
  if (typeof plugin.configResolved === "function") void Reflect.apply(plugin.configResolved, undefined, [{ base }]);
  if (typeof plugin.configureServer === "function") void Reflect.apply(plugin.configureServer, undefined, [server]);
  if (!handler) throw new Error("the plugin installed no dev-server handler");
  return handler;
}

async function request(handler: Connect.NextHandleFunction, url: string) {
  let body: string | undefined;
  const headers: Record<string, string> = {};
  let passedOn = false;
  const response = {
    statusCode: 200,
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    end: (text?: string) => void (body = text),
  };
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- a stand-in with the three members the handler uses
  handler({ url } as IncomingMessage, response as unknown as ServerResponse, () => (passedOn = true));
  return { body, headers, passedOn, status: response.statusCode };
}

describe("the files derived from the data", () => {
  it("writes the search index from the data files, fitting its own schema", () => {
    const texts = derivedFileTexts();
    expect(Object.keys(texts)).toEqual([...DERIVED_FILE_NAMES]);
    const index = v.parse(DATA_SCHEMAS["search-index"], JSON.parse(texts["search-index"]));
    expect(index.items).toEqual(searchIndex(readDataset()));
    expect(index.items.length).toBeGreaterThan(100);
  });

  it("serves them from the dev server under the base path, and nothing else", async () => {
    const handler = devHandler("/parallels/");
    const served = await request(handler, `/parallels/${dataPath("search-index")}?t=1`);
    expect(served.passedOn).toBe(false);
    expect(served.headers["content-type"]).toBe("application/json");
    expect(served.body).toBe(derivedFileTexts()["search-index"]);
    expect((await request(handler, `/${dataPath("search-index")}`)).passedOn).toBe(true);
    expect((await request(handler, "/parallels/data/works.json")).passedOn).toBe(true);
  });
});
