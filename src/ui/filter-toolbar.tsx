import { Suspense, useEffect, useRef, useState, type ReactNode } from "react";

/** An active choice, shown as a chip that takes it away. */
export type Chip = { name: string; remove: () => void };

type Props = {
  label: string;
  /** The full set of filters, behind the "Filters" disclosure: drawn, and its code loaded, once it opens. */
  panel: ReactNode;
  /** Loads the panel's code ahead, when the pointer or focus comes to "Filters". */
  preload: () => void;
  chips: Chip[];
  /** The controls used most, beside the disclosure. */
  children: ReactNode;
};

/**
 * A view's filters as one compact row: "Filters" opens the full set (a native disclosure), each choice
 * made there is a chip beside it that removes it, and the controls used most follow, showing their own state. Removing a
 * chip moves focus to the next chip, else to "Filters", so the keyboard never falls back to the page.
 */
export function FilterToolbar({ label, panel, preload, chips, children }: Props) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened on the page the build drew, before the app took it over: the toggle came before React listened.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  return (
    <form
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- <search> is too new for some browsers still in schools, and for jsdom
      role="search"
      aria-label={label}
      className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden"
      onSubmit={(e) => e.preventDefault()}
    >
      <details ref={details} className="open:basis-full" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary
          onPointerEnter={preload}
          className="min-h-8 cursor-pointer rounded border border-slate-500 px-2 py-1 font-semibold"
        >
          Filters
        </summary>
        {open ? (
          <div className="mt-2 grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            <Suspense fallback={<p>Loading…</p>}>{panel}</Suspense>
          </div>
        ) : (
          // Opened on the drawn page before the app has it: the panel comes with the app.
          <p className="mt-2">The filters open once the page has loaded…</p>
        )}
      </details>
      {chips.length ? (
        <ul aria-label="Active filters" className="flex flex-wrap gap-2">
          {chips.map((chip, i) => (
            <li key={chip.name}>
              <button
                type="button"
                aria-label={`Remove filter: ${chip.name}`}
                onClick={(e) => {
                  const form = e.currentTarget.form;
                  chip.remove();
                  requestAnimationFrame(() => {
                    const left = form?.querySelectorAll<HTMLElement>("[aria-label^=Remove]");
                    (left?.[Math.min(i, left.length - 1)] ?? form?.querySelector("summary"))?.focus();
                  });
                }}
                className="min-h-6 rounded-full border border-slate-500 bg-slate-100 px-2 text-sm"
              >
                {chip.name} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </form>
  );
}
