// Validating emitted objects against the published JSON Schema of the schema-1 article (src/model/schema.json),
// with ajv, plus the checks a schema cannot state: offsets inside `text`, start <= end, id = content hash.

import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { contentId } from "./article.ts";

const SCHEMA = JSON.parse(readFileSync(new URL("./schema.json", import.meta.url), "utf8")) as object;

let compiled: ((value: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

function validator() {
  compiled ??= new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMA);
  return compiled;
}

interface Span {
  start: number;
  end: number;
}

function spanProblems(kind: string, spans: Span[] | undefined, length: number): string[] {
  const problems: string[] = [];
  for (const [i, span] of (spans ?? []).entries()) {
    if (span.start > span.end) problems.push(`/${kind}/${i}: start ${span.start} is after end ${span.end}`);
    if (span.end > length) problems.push(`/${kind}/${i}: end ${span.end} is past the text (${length})`);
  }
  return problems;
}

/** Problems of one emitted object (empty when it is a valid schema-1 article). */
export function articleProblems(value: unknown): string[] {
  const validate = validator();
  if (!validate(value)) return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}`);
  const article = value as {
    id: string;
    text: string;
    entities?: Span[];
    times?: Span[];
    events?: Span[];
    lang?: { spans?: Span[] };
    messages?: Partial<Span>[];
  };
  const problems = [
    ...spanProblems("entities", article.entities, article.text.length),
    ...spanProblems("times", article.times, article.text.length),
    ...spanProblems("events", article.events, article.text.length),
    ...spanProblems("lang/spans", article.lang?.spans, article.text.length),
  ];
  if (article.id !== contentId(article.text)) problems.push(`/id: ${article.id} is not the content hash of the text`);
  // Surfaces must be the text they point at.
  for (const [kind, spans] of [
    ["entities", article.entities],
    ["times", article.times],
  ] as const) {
    for (const [i, s] of (spans ?? []).entries()) {
      const surface = (s as Span & { surface: string }).surface;
      if (article.text.slice(s.start, s.end) !== surface)
        problems.push(`/${kind}/${i}: surface \`${surface}\` is not text[${s.start}, ${s.end})`);
    }
  }
  return problems;
}
