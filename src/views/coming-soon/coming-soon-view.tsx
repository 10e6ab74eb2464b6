import { KeptLink } from "../../url-state/kept-link.tsx";

const PLANNED = {
  compare: {
    title: "Compare side by side",
    what: "Two or three works as columns, aligned part by part, so you can read how each telling handles the same story.",
  },
  timeline: {
    title: "Timeline",
    what: "The dates of all three works on one line: publication, translations, prizes, premieres and releases.",
  },
} as const;

/** A view that is planned but not built yet: it says so, and points to what already exists. */
export default function ComingSoonView({ view }: { view: keyof typeof PLANNED }) {
  const planned = PLANNED[view];
  return (
    <>
      <title>{`${planned.title} (coming soon) · Parallels`}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">{planned.title}</h1>
      <p className="mt-3 inline-block rounded border border-slate-500 bg-slate-100 px-2 py-0.5 font-semibold">
        <span aria-hidden="true">◔ </span>Coming soon
      </p>
      <p className="mt-3 max-w-2xl text-lg">{planned.what}</p>
      <p className="mt-4">
        This page is being built. Links to it will keep working once it is. Meanwhile, the <KeptLink to="/">overview</KeptLink> shows the
        three works and which parts each one tells, each work has its own page of facts, and the{" "}
        <KeptLink to="/sources">sources</KeptLink> list every claim.
      </p>
    </>
  );
}
