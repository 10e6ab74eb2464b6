/**
 * The address to give others for a view: under the public address set at build (VITE_PUBLIC_URL),
 * or the page's own address when none is set. `path` is the router's path, without the base.
 */
export function publicAddress(path: string, search: string): string {
  const configured = import.meta.env.VITE_PUBLIC_URL;
  return configured ? `${configured.replace(/\/$/, "")}${path}${search}` : (window.location.href.split("#")[0] ?? "");
}
