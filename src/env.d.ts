interface ImportMetaEnv {
  /** The site's public address with its base path (scheme, host and base path, ending in a slash), for QR codes and link previews. */
  readonly VITE_PUBLIC_URL?: string;
}
