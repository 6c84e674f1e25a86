// Problems are messages (STYLE.md rule 3): a stage appends them to `doc.messages`;
// only fatal problems throw, as a CrossnewsError with the same fields.

import { MESSAGE_TEMPLATES, type MessageCode } from "./messages.ts";

export type Severity = "fatal" | "warning" | "info";

export interface Message {
  code: MessageCode;
  severity: Severity;
  reason: string;
  /** The path or URL of the input the problem is about. */
  input: string;
  start?: number;
  end?: number;
}

/** Fill a message template: `{name}` placeholders come from `params`. */
export function formatReason(code: MessageCode, params: Record<string, string | number> = {}): string {
  return MESSAGE_TEMPLATES[code].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function makeMessage(
  code: MessageCode,
  severity: Severity,
  input: string,
  params: Record<string, string | number> = {},
  span?: { start: number; end: number },
): Message {
  return { code, severity, reason: formatReason(code, params), input, ...span };
}

/** The one error class: a fatal message that can be thrown. */
export class CrossnewsError extends Error implements Message {
  readonly code: MessageCode;
  readonly severity = "fatal" as const;
  readonly reason: string;
  readonly input: string;
  readonly start?: number;
  readonly end?: number;

  constructor(code: MessageCode, input: string, params: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    const reason = formatReason(code, params);
    super(`${input}: ${reason}`, options);
    this.name = "CrossnewsError";
    this.code = code;
    this.reason = reason;
    this.input = input;
  }
}

export function isCrossnewsError(error: unknown): error is CrossnewsError {
  return error instanceof CrossnewsError;
}
