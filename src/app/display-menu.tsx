import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";

// The choices load when the menu first opens: most visits never open it.
const DisplayChoices = lazy(() => import("./display-choices.tsx"));

/** The header's Display menu: projector mode, theme, contrast and text size. A disclosure, closed with Escape. */
export function DisplayMenu() {
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
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
        className="rounded border border-slate-500 px-2 py-1 text-[0.95rem]"
      >
        Display
      </button>
      {open ? (
        <div
          id={panel}
          className="absolute right-0 z-40 mt-1 w-72 rounded-md border border-slate-400 bg-white p-3 shadow-lg"
        >
          <Suspense fallback={<p>Loading the choices…</p>}>
            <DisplayChoices onDone={close} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
