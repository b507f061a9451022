// A small set of errors with a stable code and HTTP status (ARCHITECTURE habit 9). Pages render them
// in the user's language; the API answers RFC 9457 problem details. Anything else is a 500 with a
// correlation id in the log and on the page.
import { hasMessage, translator } from "./i18n/index.ts";
export type FieldError = { field: string; message: string };

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (detail: string, code = "bad-request") => new AppError(400, code, detail);
export const unauthorized = (detail = "Authentication required.") =>
  new AppError(401, "unauthorized", detail);
export const forbidden = (detail = "You are not allowed to do this.") =>
  new AppError(403, "forbidden", detail);
export const notFound = (detail = "Not found.") => new AppError(404, "not-found", detail);
export const conflict = (detail: string, code = "conflict") => new AppError(409, code, detail);
export const tooLarge = (detail = "The request is too large.") => new AppError(413, "too-large", detail);
export const invalid = (errors: FieldError[], detail = "The request is not valid.") =>
  new AppError(422, "validation-failed", detail, errors);
export const rateLimited = (retryAfterSeconds: number, detail = "Too many requests. Try again later.") =>
  new AppError(429, "rate-limited", detail, [], { "Retry-After": String(retryAfterSeconds) });

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export type Problem = {
  type: string;
  code: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  correlationId?: string;
};

// Services name their messages by catalogue key so that pages can show them in the reader's language;
// an API client reads English words, never a key ("Enter a valid email address.", not
// "form.invalidEmail"). Text that is not a key (zod's own messages, details) passes unchanged.
const english = translator("en");
const readable = (m: string) => (hasMessage("en", m) ? english(m) : m);

export function problemOf(err: AppError): Problem {
  return {
    type: `/problems/${err.code}`,
    code: err.code,
    title: titles[err.status] ?? "Error",
    status: err.status,
    detail: readable(err.message),
    ...(err.fieldErrors.length
      ? { errors: err.fieldErrors.map((e) => ({ field: e.field, message: readable(e.message) })) }
      : {}),
  };
}

/** A schema that reports its issues the way zod does (kept structural so services need not import zod). */
type Checkable<T> = {
  safeParse(
    v: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

/**
 * The input checked by `schema`, or a 422 naming each bad field (`whole` names an issue about the
 * input as a whole: "body" for the API, "form" for a page).
 */
export function parseOrInvalid<T>(schema: Checkable<T>, input: unknown, whole = "body"): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw invalid(
    r.error.issues.map((i) => ({ field: i.path.map(String).join(".") || whole, message: i.message })),
  );
}
