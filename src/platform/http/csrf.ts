// CSRF for forms: a hidden `_csrf` field holding an HMAC of the session (or, before sign-in, of an
// anonymous cookie), checked on every state-changing request outside the Bearer-token API; plus an
// Origin / Sec-Fetch-Site check that refuses cross-site posts before their body is read.
//
// The API (/api/v1) with a Bearer token needs no CSRF token: a browser never adds that header on its
// own. The API with the session cookie does, since a browser sends the cookie with any site's request:
// a state-changing call must pass the same Origin / Sec-Fetch-Site check and carry the session's token
// in an `X-CSRF-Token` header, else 403 `csrf-failed` (docs/decisions/0013-api-csrf.md).
//
// A media route that streams its multipart body (body-limit.ts `streamed`) is not read here: the
// Origin check is done, and readStreamedForm checks `_csrf` (csrfTokenMatches) as the form streams in,
// before it stores any file; its forms put `_csrf` first (docs/decisions/0028-streaming-files.md).
import { createHmac, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { AppError } from "../errors.ts";
import { newToken } from "../ids.ts";
import { streamsBody } from "./body-limit.ts";
import type { AppEnv, Ctx } from "./context.ts";
import { COOKIE, readCookie, setAppCookie } from "./cookies.ts";
import { formBody } from "./forms.ts";

const hmac = (secret: string, value: string) =>
  createHmac("sha256", secret).update(`csrf:${value}`).digest("base64url");

// A session's token is the same on every page it renders (the header's sign-out form is on all of
// them): remember it rather than compute an HMAC per page view. Bounded; cleared when full.
const signed = new Map<string, string>();
function sign(secret: string, value: string): string {
  const key = `${secret}\n${value}`;
  let token = signed.get(key);
  if (token === undefined) {
    token = hmac(secret, value);
    if (signed.size >= 10_000) signed.clear();
    signed.set(key, token);
  }
  return token;
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const isApi = (path: string) => path.startsWith("/api/");

// One-click unsubscribe (RFC 8058): the mail client POSTs to the link in List-Unsubscribe from no
// page of ours, with no session. The signed token in the path is the credential (it names the person
// and the kind of mail, and does nothing else), so neither the CSRF token nor the origin is asked.
const credentialInPath = (path: string) => /^\/unsubscribe\/[A-Za-z0-9_.-]{20,400}$/.test(path);

// The error page is imported only when a form is refused: a dynamic import, even of a module already
// loaded, costs a trip through the module loader on every post.
async function refuse(c: Parameters<MiddlewareHandler<AppEnv>>[0]) {
  const { renderError } = await import("../ui/error-page.tsx");
  return renderError(c, 403, "errors.csrf");
}

/** Provides c.get("csrfToken") and rejects forms whose token is missing or wrong. */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secret = c.get("deps").config.secret;
    let anon = readCookie(c, COOKIE.csrf);
    c.set("csrfToken", () => {
      const sid = c.get("sessionId");
      if (sid) return sign(secret, sid);
      if (!anon) {
        anon = newToken(18);
        setAppCookie(c, COOKIE.csrf, anon);
      }
      return sign(secret, anon);
    });
    if (SAFE.has(c.req.method) || credentialInPath(c.req.path)) return next();
    const here = sameOrigin(
      c.req.url,
      c.get("deps").config.baseUrl,
      c.req.header("origin"),
      c.req.header("sec-fetch-site"),
    );
    if (isApi(c.req.path)) {
      // A Bearer call is authenticated by its header alone (bearerAuth drops the cookie's identity);
      // a call without a session acts for nobody and has nothing to forge.
      const sid = c.get("sessionId");
      if (c.req.header("authorization") !== undefined || !sid) return next();
      const given = c.req.header("x-csrf-token") ?? "";
      if (!here || !given || !equal(given, sign(secret, sid))) {
        throw new AppError(
          403,
          "csrf-failed",
          "A call authenticated by the session cookie must come from this site and carry the session's CSRF token in the X-CSRF-Token header; other clients use a Bearer token.",
        );
      }
      return next();
    }
    if (!here) return refuse(c);
    if (streamsBody(c)) return next();
    const body = await formBody(c).catch(() => ({}) as Record<string, unknown>);
    const given = typeof body._csrf === "string" ? body._csrf : "";
    if (!csrfTokenMatches(c, given)) return refuse(c);
    await next();
  };
}

/** Whether `given` is the form token of this request's session (or, signed out, its anonymous cookie). */
export function csrfTokenMatches(c: Ctx, given: string): boolean {
  if (!given) return false;
  const secret = c.get("deps").config.secret;
  const candidates = [c.get("sessionId"), readCookie(c, COOKIE.csrf)]
    .filter((v): v is string => Boolean(v))
    .map((v) => sign(secret, v));
  return candidates.some((expected) => equal(given, expected));
}

/** Browsers send Sec-Fetch-Site and Origin on posts; when present they must say "this site". */
function sameOrigin(
  url: string,
  baseUrl: string,
  origin: string | undefined,
  site: string | undefined,
): boolean {
  if (site && site !== "same-origin" && site !== "none") return false;
  if (!origin) return true;
  return origin === new URL(url).origin || origin === new URL(baseUrl).origin;
}
