import { useEffect, useId, useRef, useState, type ComponentType, type ReactNode } from "react";

import { PartErrorBoundary } from "./part-error-boundary.tsx";

type Props = {
  /** The button's words, and what it says of the current state ("Spoiler guard: off"). */
  label: ReactNode;
  /** The menu's content, loaded lazily: most visits never open it. */
  Panel: ComponentType<{ onDone: () => void }>;
};

/** A header menu (Display, Spoiler guard): a disclosure whose panel loads on first opening, closed with Escape or by tabbing out. */
export function HeaderMenu({ label, Panel }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useId();
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    // In the capture phase, so it runs before a view's own Escape (an open matrix cell), which then
    // sees defaultPrevented and stays open: Escape closes the innermost thing only.
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div
      className="relative"
      onBlur={(event) => {
        // Tabbing out of the menu closes it, so the open panel never covers what has focus now. Focus lost to
        // nothing (a click on the panel's text) leaves it open.
        if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
        className="rounded border border-slate-500 px-2 py-1 text-[0.95rem]"
      >
        {label}
      </button>
      {open ? (
        <div
          id={panel}
          className="absolute top-full right-0 z-40 mt-1 w-72 rounded-md border border-slate-400 bg-white p-3 shadow-lg"
        >
          <PartErrorBoundary
            fallback={
              <p role="alert">These choices could not be loaded. Check the connection, then reload the page.</p>
            }
            loading={<p>Loading the choices…</p>}
          >
            <Panel onDone={close} />
          </PartErrorBoundary>
        </div>
      ) : null}
    </div>
  );
}
