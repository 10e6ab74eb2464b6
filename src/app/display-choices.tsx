import { useState } from "react";
import { APPEARANCE_EVENT, APPEARANCE_KEY } from "../head/head-keys.ts";
import { useGlobalParam } from "../url-state/use-global-param.ts";
import { contentNoteRead } from "./content-note.tsx";

/** What the head script (src/head/before-paint.ts) reads before the first paint; kept on this device only. */
type Appearance = { theme?: "light" | "dark"; contrast?: "normal" | "high"; text?: "large" | "larger" };

/** What is stored may be anything (another version's, a hand's): each field is only compared with the choices. */
type Stored = { [K in keyof Appearance]?: unknown };

function read(): Stored {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(APPEARANCE_KEY) ?? "{}");
    return typeof stored === "object" && stored !== null ? stored : {};
  } catch {
    return {};
  }
}

function store(appearance: Stored) {
  try {
    localStorage.setItem(APPEARANCE_KEY, JSON.stringify(appearance));
  } catch {
    // Storage refused (a private window, say): the choice still applies, until the page is left.
  }
  window.dispatchEvent(new CustomEvent(APPEARANCE_EVENT, { detail: appearance }));
}

const THEMES = [
  { value: undefined, label: "As the system" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
] as const;
const CONTRASTS = [
  { value: undefined, label: "As the system" },
  { value: "normal", label: "Standard" },
  { value: "high", label: "High" },
] as const;
const SIZES = [
  { value: undefined, label: "Standard" },
  { value: "large", label: "Large" },
  { value: "larger", label: "Larger" },
] as const;

/** The Display menu's choices: each applies at once and is remembered on this device. */
export default function DisplayChoices({ onDone }: { onDone: () => void }) {
  const [appearance, setAppearance] = useState(read);
  const [, setPresent] = useGlobalParam("present");
  const [noteRead, setNoteRead] = useState(() => contentNoteRead());
  const choose = (patch: Appearance) => {
    // A choice "as the system" is no choice: its key goes.
    const next: Stored = Object.fromEntries(
      Object.entries({ ...appearance, ...patch }).filter(([, value]) => value !== undefined),
    );
    setAppearance(next);
    store(next);
  };
  const group = <K extends keyof Appearance>(
    key: K,
    legend: string,
    options: readonly { value: Appearance[K]; label: string }[],
  ) => (
    <fieldset className="mt-3">
      <legend className="font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-3">
        {options.map((option) => (
          <label key={option.label} className="inline-flex min-h-6 items-center gap-1">
            <input
              type="radio"
              name={key}
              checked={appearance[key] === option.value}
              onChange={() => choose({ [key]: option.value })}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setPresent(true);
          onDone();
        }}
        className="w-full rounded bg-slate-900 px-3 py-2 text-white"
      >
        Projector mode
      </button>
      <p className="mt-1 text-sm text-slate-700">
        Large type and strong contrast for a classroom screen; on Differences and Compare, one row at a time.
      </p>
      {group("theme", "Theme", THEMES)}
      {group("contrast", "Contrast", CONTRASTS)}
      {group("text", "Text size", SIZES)}
      <p className="mt-3 text-sm text-slate-700">Remembered on this device only.</p>
      <button
        type="button"
        disabled={!noteRead}
        onClick={() => setNoteRead(contentNoteRead("forget"))}
        className="mt-3 rounded border border-slate-500 px-2 py-1 text-sm"
      >
        {noteRead ? "Show the content note again" : "The content note will show again"}
      </button>
    </>
  );
}
