/** What a view shows while its data arrives: polite, and announced once. */
export function LoadingMessage() {
  return (
    <p role="status" className="py-10 text-slate-700">
      Loading…
    </p>
  );
}
