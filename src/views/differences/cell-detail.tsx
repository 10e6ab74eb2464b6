import { useEffect, useRef } from "react";
import type { Element } from "../../data/schema/elements-file.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { ChangeBadge } from "../../ui/change-badge.tsx";
import { MixedText } from "../../ui/mixed-text.tsx";
import { SourceLinks } from "../../ui/fact-marks.tsx";
import { TextClaim } from "../../ui/text-claim.tsx";
import { CopyLinkButton } from "../../ui/copy-link-button.tsx";
import { KeptLink } from "../../url-state/kept-link.tsx";
import { cellSpan } from "../../ui/element-cell.tsx";
import { SpoilerCover } from "../../ui/spoiler-cover.tsx";
import type { ElementRow, RowCell } from "../../data/element-rows.ts";

type Props = {
  row: ElementRow;
  work: Work;
  baseline: Work;
  focusOnOpen: boolean;
  onClose: () => void;
  characterLabels: Map<string, string>;
};

/** One cell in full: its text, sources, disputed versions, and how the other works tell the same element. */
export function CellDetail({ row, work, baseline, focusOnOpen, onClose, characterLabels }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const open = row.cells.find((c) => c.work.id === work.id);
  const others = row.cells.filter((c) => c.work.id !== work.id);

  // Mounted afresh for each cell (keyed by the view), so this runs once per cell opened.
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A header menu open above the cell takes Escape first (and prevents its default): that closes the menu only.
      if (event.key === "Escape" && !event.defaultPrevented) onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  if (!open) return null;
  return (
    <section
      aria-labelledby="cell-detail-title"
      className="rounded-md border-2 border-slate-700 bg-white p-3 print:hidden lg:sticky lg:top-2"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id="cell-detail-title" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {row.element.name}: <span className="capitalize">{work.medium}</span>
        </h2>
        <button type="button" onClick={onClose} className="min-h-6 rounded border border-slate-500 px-2 text-sm">
          Close<span className="sr-only"> the cell detail</span>
        </button>
      </div>
      <CellBody cell={open} element={row.element} />
      <p className="mt-2">
        <CopyLinkButton label="Copy link to this cell" />
      </p>
      <h3 className="mt-3 font-semibold">In the other works, compared with the {baseline.medium}</h3>
      <ul className="mt-1 flex flex-col gap-2">
        {others.map((cell) => (
          <li key={cell.work.id} className="border-t border-slate-200 pt-1">
            <span className="font-semibold capitalize">{cell.work.medium}</span>
            <CellBody cell={cell} element={row.element} />
          </li>
        ))}
      </ul>
      {row.element.characters?.length ? (
        <p className="mt-3 text-sm">
          Characters:{" "}
          {row.element.characters.map((id, i) => (
            <span key={id}>
              {i > 0 ? ", " : null}
              <KeptLink to={{ route: "character", params: { characterId: id } }}>
                {characterLabels.get(id) ?? id}
              </KeptLink>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}

function CellBody({ cell, element }: { cell: RowCell; element: Element }) {
  const c = cell.cell;
  return (
    <SpoilerCover span={cellSpan(c)}>
      <div className="mt-1">
        <ChangeBadge change={cell.change} />
        {c === "not-adapted" ? (
          <p>
            Part {element.part} of the story is not in the {cell.work.medium}.
          </p>
        ) : c.state === "unknown" ? (
          <p>
            <span className="italic">Not known.</span> {c.note ? <MixedText text={c.note} /> : null}
            {c.noteSources ? <SourceLinks ids={c.noteSources} /> : null}
          </p>
        ) : (
          <TextClaim claim={c} />
        )}
      </div>
    </SpoilerCover>
  );
}
