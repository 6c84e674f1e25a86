// npm exec tsx scripts/derive-text-thresholds.ts: derive the line thresholds of src/extract/text/line-kinds.ts
// from data. WCXB dev pages (../shared/eval/extraction) are flattened to one line per block element, the way a
// scraper dumps them; a line is body when the gold main text contains it. For each threshold the script reports
// the value that best separates body from boilerplate lines (Youden's J = TPR - FPR) among the lines it decides.
// Nothing is written: the constants stay hand-set, with this report as their evidence.

import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { type AnyNode, isTag, isText } from "domhandler";
import { parseDocument } from "htmlparser2";
import { sharedPath } from "../eval/shared.ts";
import { endsClause, endsSentence, wordCount } from "../src/extract/text/line-kinds.ts";
import { decodeBytes } from "../src/read/decode.ts";

interface Line {
  text: string;
  linkChars: number;
  body: boolean;
}

const BLOCKS = new Set([
  "p",
  "div",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "td",
  "th",
  "dd",
  "dt",
  "blockquote",
  "figcaption",
  "section",
  "article",
  "header",
  "footer",
  "aside",
  "nav",
  "br",
  "tr",
  "ul",
  "ol",
  "form",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "head"]);

function flatten(root: AnyNode): { text: string; linkChars: number }[] {
  const out: { text: string; linkChars: number }[] = [];
  let text = "";
  let links = 0;
  const flush = () => {
    const t = text.replace(/\s+/g, " ").trim();
    if (t) out.push({ text: t, linkChars: Math.min(links, t.length) });
    text = "";
    links = 0;
  };
  const walk = (n: AnyNode, inLink: boolean) => {
    if (isText(n)) {
      text += n.data;
      if (inLink) links += n.data.trim().length;
      return;
    }
    if (!isTag(n) && !("children" in n)) return;
    if (isTag(n) && SKIP.has(n.name)) return;
    const block = isTag(n) && BLOCKS.has(n.name);
    if (block) flush();
    for (const c of (n as { children: AnyNode[] }).children) walk(c, inLink || (isTag(n) && n.name === "a"));
    if (block) flush();
  };
  walk(root, false);
  flush();
  return out;
}

const norm = (s: string): string => s.replace(/\s+/g, " ").trim();

function readLines(limit: number): Line[] {
  const rows = readFileSync(sharedPath("eval", "extraction", "manifest.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { dataset: string; html: string; main_text: string })
    .filter((r) => r.dataset === "wcxb-dev")
    .slice(0, limit);
  const lines: Line[] = [];
  for (const r of rows) {
    const { content } = decodeBytes(gunzipSync(readFileSync(sharedPath("eval", "extraction", r.html))), { format: "html" });
    const gold = norm(r.main_text);
    for (const l of flatten(parseDocument(content))) {
      if (l.text.length < 3) continue;
      lines.push({ ...l, body: gold.includes(l.text) });
    }
  }
  return lines;
}

/** The cut-off with the best Youden's J for "body when value >= cut" over the given lines. */
function bestCut(lines: Line[], value: (l: Line) => number, candidates: number[]): { cut: number; j: number; tpr: number; fpr: number } {
  const pos = lines.filter((l) => l.body).length || 1;
  const neg = lines.length - pos || 1;
  let best = { cut: candidates[0], j: -1, tpr: 0, fpr: 0 };
  for (const cut of candidates) {
    const tp = lines.filter((l) => l.body && value(l) >= cut).length;
    const fp = lines.filter((l) => !l.body && value(l) >= cut).length;
    const j = tp / pos - fp / neg;
    if (j > best.j) best = { cut, j, tpr: tp / pos, fpr: fp / neg };
  }
  return best;
}

const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

const lines = readLines(Number(process.argv[2] ?? 300));
const linkShare = (l: Line) => l.linkChars / l.text.length;
const plain = lines.filter((l) => linkShare(l) < 0.5);
const ended = plain.filter((l) => endsSentence(l.text) || endsClause(l.text));
const unended = plain.filter((l) => !endsSentence(l.text) && !endsClause(l.text));
const report = [
  ["MIN_PROSE_CHARS (sentence-ended lines, chars)", bestCut(ended, (l) => l.text.length, range(10, 200, 5))],
  ["LONG_PROSE_CHARS (unended lines, chars)", bestCut(unended, (l) => l.text.length, range(40, 400, 10))],
  [
    "MIN_UNENDED_PROSE_WORDS (unended lines with a comma, words)",
    bestCut(
      unended.filter((l) => l.text.includes(",")),
      (l) => wordCount(l.text),
      range(4, 40, 1),
    ),
  ],
  [
    "MAX_BODY_LINK_SHARE (1 - share, lines with links)",
    bestCut(
      lines.filter((l) => l.linkChars > 0),
      (l) => 1 - linkShare(l),
      range(0, 1, 0.05),
    ),
  ],
] as const;
console.log(`${lines.length} lines, ${lines.filter((l) => l.body).length} body`);
for (const [name, r] of report)
  console.log(`${name}: cut ${r.cut} (J ${r.j.toFixed(3)}, TPR ${r.tpr.toFixed(3)}, FPR ${r.fpr.toFixed(3)})`);
