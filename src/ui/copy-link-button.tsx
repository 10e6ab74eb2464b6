import { useState } from "react";

/** Copies the page's exact address (or the one given) and says so; where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton({ label = "Copy link", href }: { label?: string; href?: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "manual">("idle");
  const url = href ?? window.location.href;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("manual");
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100"
      >
        {label}
      </button>
      <output className="text-sm">
        {status === "copied" ? "Link copied." : null}
        {status === "manual" ? (
          <label>
            Copy this link:{" "}
            <input
              readOnly
              value={url}
              className="w-64 rounded border border-slate-400 px-1"
              onFocus={(e) => e.target.select()}
            />
          </label>
        ) : null}
      </output>
    </span>
  );
}
