// Request body limits. Every form and API call may send at most MAX_FORM_BYTES (12 MB), read whole;
// a route declares another limit with `bodyLimit(maxBytes)` among its handlers. A route that declares
// `{ streamed: true }` reads its multipart body as a stream (streamed-form.ts: files go to the store
// as they arrive, never whole in memory), so a media route may take a lesson video of 500 MB.
//
// The frame's middleware runs before a route's, so the limit is found on the matched route itself:
// `bodyLimit()` is a pass-through middleware carrying its declaration, which limitBodies() (in the
// frame, before CSRF) reads from Hono's matched routes.
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit as honoBodyLimit } from "hono/body-limit";
import { matchedRoutes } from "hono/route";
import { AppError } from "../errors.ts";

export const MAX_FORM_BYTES = 12 * 1024 * 1024;

type Declared = { maxBytes: number; streamed: boolean };
const DEFAULT: Declared = { maxBytes: MAX_FORM_BYTES, streamed: false };
const DECLARED = Symbol("bodyLimit");
type Marked = { [DECLARED]?: Declared; __COMPOSED_HANDLER?: Marked };

/**
 * Declares the body limit of the route it is placed on (before its guards: nothing is read here).
 * With `streamed`, a multipart body is left unread for `readStreamedForm`, which also checks its CSRF
 * token; any other body (a form without a file) stays under MAX_FORM_BYTES and is read as usual.
 */
export function bodyLimit(maxBytes: number, opts: { streamed?: boolean } = {}): MiddlewareHandler {
  const declared: Declared = { maxBytes, streamed: opts.streamed ?? false };
  const mark: MiddlewareHandler = (_c, next) => next();
  return Object.assign(mark, { [DECLARED]: declared });
}

/** The matched route's declaration (a sub-app's handler may be wrapped: its original is looked at). */
function declared(c: Context): Declared {
  for (const route of matchedRoutes(c)) {
    const h = route.handler as Marked;
    const d = h[DECLARED] ?? h.__COMPOSED_HANDLER?.[DECLARED];
    if (d) return d;
  }
  return DEFAULT;
}

const isMultipart = (c: Context) =>
  c.req.header("content-type")?.trimStart().toLowerCase().startsWith("multipart/form-data") ?? false;

/** This request's multipart body is the route's to stream: the CSRF check waits for its token. */
export const streamsBody = (c: Context): boolean => isMultipart(c) && declared(c).streamed;

/** The limit on this request's body: the route's for a body it streams, else its buffered limit. */
export function limitOf(c: Context): { maxBytes: number; streamed: boolean } {
  const d = declared(c);
  if (!d.streamed || isMultipart(c)) return d;
  return { maxBytes: Math.min(d.maxBytes, MAX_FORM_BYTES), streamed: false };
}

const tooLarge = () => new AppError(413, "too-large", "The request body is too large.");

/**
 * The frame's middleware. GET and HEAD carry no body; skipping the check there spares building a
 * full Request per page view. A body with a Content-Length (every browser form post) is checked on
 * the header alone: Node's HTTP parser never hands over more bytes than it declares. Without one
 * (chunked), a buffered body is counted by Hono's bodyLimit (which reads it into memory, up to the
 * limit: fine for 12 MB, not for a video), and a streamed one by readStreamedForm as it reads.
 * Hono's bodyLimit reads `req.raw.body`, which makes node-server build a full web Request and stream
 * the body through it; the header check spares that, and the form is read straight from the socket.
 */
export function limitBodies(): MiddlewareHandler {
  const buffered = new Map<number, MiddlewareHandler>();
  const counting = (maxBytes: number) => {
    let mw = buffered.get(maxBytes);
    if (!mw) {
      mw = honoBodyLimit({
        maxSize: maxBytes,
        onError: () => {
          throw tooLarge();
        },
      });
      buffered.set(maxBytes, mw);
    }
    return mw;
  };
  return (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const { maxBytes, streamed } = limitOf(c);
    const length = c.req.header("content-length");
    if (length !== undefined && c.req.header("transfer-encoding") === undefined) {
      if (Number(length) > maxBytes) throw tooLarge();
      return next();
    }
    return streamed ? next() : counting(maxBytes)(c, next);
  };
}
