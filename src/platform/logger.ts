// JSON logs with pino. One root logger; requests get a child with their request id.
// Logs are read by more people, kept longer and copied further than the database, so secrets and
// contact data stay out of them (issue 11, item 17): request paths have their token segments
// redacted (redactPath), and e-mail addresses are logged as a short hash (addressHash) — under the
// keys `to` and `email` pino replaces them wherever they appear, as a net under the explicit calls.
import { createHash } from "node:crypto";
import pino from "pino";

export type Logger = pino.Logger;

/**
 * A stable, short SHA-256 of an address (trimmed, lowercased): the same address gives the same
 * value in every line, so an operator can follow one person's mail without the log holding it.
 */
export const addressHash = (address: string): string =>
  `sha256:${createHash("sha256").update(address.trim().toLowerCase()).digest("hex").slice(0, 16)}`;

const hashAddresses = (value: unknown): unknown =>
  typeof value === "string"
    ? addressHash(value)
    : Array.isArray(value)
      ? value.map((v) => (typeof v === "string" ? addressHash(v) : "[redacted]"))
      : value === undefined || value === null
        ? value
        : "[redacted]";

/**
 * Path segments that are secrets by themselves: whoever has one can use it (a calendar feed, an
 * invitation to a network or a lab, a board's join code). The segment is replaced, the rest kept,
 * so the log still says which page was asked for.
 */
const SECRET_SEGMENTS: readonly RegExp[] = [
  /^(\/calendar\/)[^/]+/,
  /^(\/invitations\/)[^/]+/,
  /^(\/lab-invitations\/)[^/]+/,
  /^(\/boards\/join\/)[^/]+/,
];

/** Query parameters that carry a secret (mailed links' `token`, a registration's `t`, live `ticket`). */
const SECRET_PARAMS = new Set(["token", "t", "ticket", "code"]);

export const REDACTED = "[redacted]";

/** A request path (with or without its query) fit for the log: token segments and values replaced. */
export function redactPath(pathAndQuery: string): string {
  const q = pathAndQuery.indexOf("?");
  let path = q === -1 ? pathAndQuery : pathAndQuery.slice(0, q);
  for (const re of SECRET_SEGMENTS) path = path.replace(re, `$1${REDACTED}`);
  if (q === -1) return path;
  const params = new URLSearchParams(pathAndQuery.slice(q + 1));
  for (const key of [...params.keys()]) if (SECRET_PARAMS.has(key)) params.set(key, REDACTED);
  return `${path}?${params.toString()}`;
}

/** `destination`: where lines go (tests pass a stream to read them); standard output by default. */
export function createLogger(level = "info", destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: "bottega" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ["to", "email", "*.to", "*.email"],
      censor: (value) => hashAddresses(value),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
