import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
};

/**
 * A static host of one build, as GitHub Pages serves it (`/cast` is `cast.html`), whose folder can be
 * swapped for another build's: a deploy. It notes every path it had no file for.
 */
export async function staticHost(folder: string) {
  const host = { folder, url: "", missing: [] as string[], close: () => {} };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    const file = [path, `${path}.html`, join(path, "index.html")]
      .map((name) => join(host.folder, name))
      .find((name) => existsSync(name) && statSync(name).isFile());
    if (!file) {
      host.missing.push(path);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  // A server listening on a TCP port has an AddressInfo; a string is a pipe's or a socket's path.
  if (address === null || typeof address === "string") throw new Error(`the host is not on a port (${address})`);
  host.url = `http://127.0.0.1:${address.port}`;
  host.close = () => {
    server.closeAllConnections();
    server.close();
  };
  return host;
}
