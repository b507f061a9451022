// The /live message envelope (docs/live-protocol.md): every message, both ways, is one JSON object
// with a `type`. Parsing never throws: a bad message gets an error message back and the connection
// stays open, so one buggy client call does not cost the client its subscriptions.

/** Messages larger than this close the connection with 1009 (message too big). */
export const MAX_MESSAGE_BYTES = 64 * 1024;

export type ClientMessage = { type: string } & Record<string, unknown>;

export const ERROR_CODES = {
  malformedJson: "malformed-json",
  invalidMessage: "invalid-message",
  unknownType: "unknown-type",
  binaryNotSupported: "binary-not-supported",
  internal: "internal",
  /** Over the connection's message rate (docs/live-protocol.md, "Limits"); the message was dropped. */
  rateLimited: "rate-limited",
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES] | (string & {});

export type ErrorMessage = { type: "error"; code: ErrorCode; message: string; ref?: unknown };

const TYPE = /^[a-z][a-z0-9.-]{0,63}$/;

export type Parsed = { ok: true; message: ClientMessage } | { ok: false; error: ErrorMessage };

/** Parses one text frame: the message, or the error to answer with. */
export function parseClientMessage(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: errorMessage(ERROR_CODES.malformedJson, "The message is not valid JSON.") };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, error: errorMessage(ERROR_CODES.invalidMessage, "A message must be a JSON object.") };
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type !== "string" || !TYPE.test(type)) {
    const error = errorMessage(
      ERROR_CODES.invalidMessage,
      "A message needs a string `type` in lowercase (letters, digits, '.', '-').",
      (value as { ref?: unknown }).ref,
    );
    return { ok: false, error };
  }
  return { ok: true, message: value as ClientMessage };
}

/**
 * An error answer. `ref` echoes the client's own `ref` (when it gave one), so a client can match
 * answers to requests.
 */
export function errorMessage(code: ErrorCode, message: string, ref?: unknown): ErrorMessage {
  return { type: "error", code, message, ...(isRef(ref) ? { ref } : {}) };
}

/** A client `ref` is echoed only when it is a short string or a number. */
export const isRef = (v: unknown): v is string | number =>
  (typeof v === "string" && v.length <= 100) || (typeof v === "number" && Number.isFinite(v));

/**
 * The /live URL on this instance (from BASE_URL: ws:// beside http://, wss:// beside https://), with
 * `ticket` when given: what account and guest tickets answer as their `url`.
 */
export function liveUrl(baseUrl: string, ticket?: string): string {
  const url = new URL("/live", baseUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  if (ticket !== undefined) url.searchParams.set("ticket", ticket);
  return url.toString();
}
