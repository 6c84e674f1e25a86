// Plain-text tables for eval and bench output (Markdown pipe tables, so they paste into notes).

import type { Cell, EvalTable } from "./suite.ts";

function formatCell(cell: Cell): string {
  if (cell === null) return "–";
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : cell.toFixed(Math.abs(cell) >= 100 ? 1 : 3);
  return cell;
}

export function renderTable(table: EvalTable): string {
  const cells = [table.columns, ...table.rows.map((r) => r.map(formatCell))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  const sep = `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`;
  return [`### ${table.title}`, line(cells[0]), sep, ...cells.slice(1).map(line)].join("\n");
}
