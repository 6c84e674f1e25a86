// What a reader yields for an input it could not read: a fatal message naming the input and the reason.

import type { RawDoc } from "../model/doc.ts";
import { type CrossnewsError, type Message, makeMessage } from "../model/message.ts";
import type { MessageCode } from "../model/messages.ts";

export interface ReadFailure {
  failed: true;
  /** The input's name as in messages: a path, `path:LINE` for a JSONL record, `-` for stdin. */
  input: string;
  message: Message;
}

export type ReadItem = RawDoc | ReadFailure;

export function readFailure(code: MessageCode, input: string, params: Record<string, string | number> = {}): ReadFailure {
  return { failed: true, input, message: makeMessage(code, "fatal", input, params) };
}

/** A fatal CrossnewsError met while reading, as the failure of its input. */
export function failureFromError(error: CrossnewsError): ReadFailure {
  return { failed: true, input: error.input, message: { code: error.code, severity: "fatal", reason: error.reason, input: error.input } };
}

export function isReadFailure(item: ReadItem): item is ReadFailure {
  return (item as ReadFailure).failed === true;
}

/** The one stderr line for a failure: `path: reason`. */
export function failureLine(failure: { input: string; message: { reason: string } }): string {
  return `${failure.input}: ${failure.message.reason}`;
}
