// Per-response additions to the Content-Security-Policy set for every page in app.tsx. A page that
// plays a video hosted elsewhere (a PeerTube file) names that host in `media-src`, for that response
// only: every other page keeps `default-src 'self'` for media. The route calls allowMediaFrom while it
// renders; cspAdditions(), registered outside secureHeaders, rewrites the header once it is set.
import type { Context, MiddlewareHandler } from "hono";

const mediaOrigins = new WeakMap<Request, Set<string>>();

/** Lets this response's page load media from `url`'s origin (https only; anything else is ignored). */
export function allowMediaFrom(c: Context, url: string): void {
  let origin: string;
  try {
    const u = new URL(url);
    if (u.protocol !== "https:") return;
    origin = u.origin;
  } catch {
    return;
  }
  const set = mediaOrigins.get(c.req.raw) ?? new Set<string>();
  set.add(origin);
  mediaOrigins.set(c.req.raw, set);
}

/** The policy with `origins` added to `media-src` (which starts from 'self' when absent). */
export function withMediaSrc(policy: string, origins: Iterable<string>): string {
  const extra = [...origins];
  if (!extra.length) return policy;
  const parts = policy
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean);
  const i = parts.findIndex((p) => /^media-src(\s|$)/i.test(p));
  if (i >= 0) parts[i] = `${parts[i]} ${extra.join(" ")}`;
  else parts.push(`media-src 'self' ${extra.join(" ")}`);
  return parts.join("; ");
}

/** Registered before secureHeaders, so it runs after it has set the header on the way out. */
export function cspAdditions(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const origins = mediaOrigins.get(c.req.raw);
    const policy = c.res.headers.get("content-security-policy");
    if (origins && policy) c.res.headers.set("content-security-policy", withMediaSrc(policy, origins));
  };
}
