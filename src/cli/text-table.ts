// Plain aligned columns for terminal output (search, entities, report): cells are cut to a width
// and padded by code points, so Cyrillic and Latin line up alike.

export interface Column {
  header: string;
  /** Most characters shown; longer cells end in `…`. */
  max?: number;
  align?: "left" | "right";
}

function fit(s: string, max: number | undefined): string {
  const chars = Array.from(s.replace(/\s+/g, " "));
  if (max === undefined || chars.length <= max) return chars.join("");
  return `${chars.slice(0, Math.max(1, max - 1)).join("")}…`;
}

export function renderColumns(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((r) => columns.map((c, i) => fit(r[i] ?? "", c.max)));
  const widths = columns.map((c, i) => Math.max(Array.from(c.header).length, ...cells.map((r) => Array.from(r[i]).length)));
  const pad = (s: string, i: number) => {
    const gap = " ".repeat(widths[i] - Array.from(s).length);
    return columns[i].align === "right" ? gap + s : s + gap;
  };
  const line = (r: readonly string[]) => r.map(pad).join("  ").trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join("\n");
}
