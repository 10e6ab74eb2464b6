import { claimSourceIds } from "../../data/claim-parts.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { cellText, type ElementRow } from "../../data/element-rows.ts";

const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The rows on screen as CSV (RFC 4180): per work, the change type, what it does, and its source ids.
 * It starts with a UTF-8 byte-order mark, without which Excel reads the file in the system's code page
 * and garbles every Hangul name.
 */
export function matrixCsv(rows: ElementRow[], columns: Work[], baseline: Work): string {
  const header = ["Category", "Element", "Novel part"];
  for (const work of columns)
    header.push(
      `${work.medium}: change against ${baseline.medium}`,
      `${work.medium}: what it does`,
      `${work.medium}: sources`,
    );
  const lines = [header];
  for (const row of rows) {
    const line = [
      row.element.category,
      row.element.name,
      row.element.part === undefined ? "" : String(row.element.part),
    ];
    for (const { cell, change } of row.cells) {
      const sources =
        cell === "not-adapted"
          ? ""
          : claimSourceIds(cell)
              .map((id) => id.toUpperCase())
              .join(" ");
      line.push(
        change,
        cell === "not-adapted" ? "Not adapted: this part is not in the work" : cellText(cell) || "Not known",
        sources,
      );
    }
    lines.push(line);
  }
  return `\uFEFF${lines.map((l) => l.map(quote).join(",")).join("\r\n")}\r\n`;
}
