// Adds the built pages' Content-Security-Policy as a <meta> tag (docs/decisions/0007).
import type { Plugin } from "vite";

/**
 * Everything from this origin only, no inline script, no plugins, no framing of forms elsewhere.
 * Only in the build: the dev server needs inline scripts of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "parallels-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}
