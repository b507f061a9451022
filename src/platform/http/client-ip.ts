// The client's address for rate limits and logs. Behind reverse proxies each proxy appends the
// address it received the request from to X-Forwarded-For, so only the rightmost entries were
// written by proxies we trust; everything to their left was sent by the client and may be forged.
// We therefore walk the chain from the right (ASVS 5.0 V4.1: never trust client-supplied hops).
import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { TrustProxy } from "../config.ts";
import type { Deps } from "../deps.ts";
import type { Ctx } from "./context.ts";

/**
 * Picks the client's address from the socket peer and the X-Forwarded-For header.
 * - `false`: the socket peer, the header ignored.
 * - a number N: N proxies stand in front; the address N hops from the right of [header…, peer].
 * - a list of proxy addresses: entries from the right are skipped while they are trusted proxies.
 */
export function pickClientIp(trust: TrustProxy, peer: string, forwardedFor: string | undefined): string {
  if (trust === false || !forwardedFor) return peer;
  const hops = forwardedFor
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...hops, peer];
  if (typeof trust === "number") {
    // chain[last] is the nearest proxy; N proxies mean the client is N places to its left.
    const candidate = chain[Math.max(0, chain.length - 1 - trust)] ?? peer;
    return isIP(candidate) ? candidate : peer;
  }
  const trusted = new Set(trust.map(normalise));
  for (let i = chain.length - 1; i >= 0; i--) {
    const addr = chain[i]!;
    if (!trusted.has(normalise(addr))) return isIP(addr) ? addr : peer;
  }
  // Every hop is a proxy of ours: the leftmost is as close to the client as we can tell.
  return chain[0] ?? peer;
}

/** IPv4 peers arrive as "::ffff:a.b.c.d" on a dual-stack socket; compare them in their plain form. */
function normalise(addr: string): string {
  return addr.startsWith("::ffff:") && isIP(addr.slice(7)) === 4 ? addr.slice(7) : addr;
}

/** The socket peer's address, or "unknown" when the runtime does not expose it (tests with app.request). */
export function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** The client's address of a Hono request, honouring TRUST_PROXY. */
export function clientIp(c: Ctx): string {
  const deps: Deps = c.get("deps");
  return pickClientIp(deps.config.trustProxy, peerAddress(c), c.req.header("x-forwarded-for") ?? undefined);
}
