// Lexicon people from the Phoenix/PETRARCH2 country actor dictionary (MIT): each person block's
// head name with the spelling variants that only use the head's own words (titles dropped).

import { readFileSync } from "node:fs";
import type { LexiconEntity } from "../../src/entities/link/lexicon.ts";

/** Alias weight of a dictionary spelling: below one annotated mention. */
export const PHOENIX_WEIGHT = 0.5;

function words(raw: string): string[] {
  return raw
    .replace(/#.*$/u, "")
    .replace(/\[.*$/u, "")
    .trim()
    .replace(/^\+/u, "")
    .split(/_+/u)
    .filter((w) => w !== "");
}

function titleCase(ws: string[]): string {
  return ws.map((w) => w.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())).join(" ");
}

/** A person head: `NAME_  # source`, no code on the line (country heads carry `[XXX]`). */
function isPersonHead(line: string): boolean {
  return /^[A-Z][A-Z'.-]*(?:_[A-Z'.-]+)+_?\s*(#.*)?$/u.test(line.trim()) && !line.includes("[");
}

export function peopleFromPhoenix(path: string): LexiconEntity[] {
  const out: LexiconEntity[] = [];
  let current: { head: string[]; aliases: Set<string> } | undefined;
  const flush = () => {
    if (!current || current.head.length < 2) return;
    const name = titleCase(current.head);
    const slug = current.head
      .join("-")
      .toLowerCase()
      .replace(/[^a-z0-9-]+/gu, "");
    out.push({ id: `cn:px-${slug}`, name, type: "PER", aliases: { en: [...current.aliases].map((a) => [a, PHOENIX_WEIGHT]) } });
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (/^[A-Z]/u.test(line)) {
      flush();
      current = isPersonHead(line) ? { head: words(line), aliases: new Set([titleCase(words(line))]) } : undefined;
    } else if (current && line.startsWith("+")) {
      const ws = words(line);
      const head = new Set(current.head);
      if (ws.length > 0 && ws.every((w) => head.has(w)) && ws.at(-1) === current.head.at(-1)) current.aliases.add(titleCase(ws));
    }
  }
  flush();
  return out;
}
