/** What a view shows while its data arrives: polite, and announced once. */
export function LoadingMessage() {
  return <output className="block py-10 text-slate-700">Loading…</output>;
}
