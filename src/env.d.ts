interface ImportMetaEnv {
  /** The site's public address with its base path (https://example.org/parallels/), for QR codes and link previews. */
  readonly VITE_PUBLIC_URL?: string;
}
