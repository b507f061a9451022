// Guarded outbound requests (decision 0025): every request this instance makes to another server —
// a link check, a remote image, a webhook, a fediverse inbox, an identity provider — goes through
// `outboundFetch`, because the address is often chosen by someone else (a person typing a URL, a
// remote server's redirect or document). Without a guard such a request reaches what only this
// machine can reach: the database, the cloud's metadata service, an intranet.
// - The host is resolved here and every address it resolves to is checked; loopback, private,
//   link-local, unique-local, CGNAT, "this network", multicast and reserved ranges are refused
//   (IPv4-mapped IPv6 forms too) unless OUTBOUND_ALLOW_PRIVATE=true or the caller names the host as
//   one the operator configured (`trustedHosts`).
// - The connection goes to the address that was checked (node:http's `lookup` hook answers with it),
//   so a name that resolves differently a moment later (DNS rebinding) changes nothing.
// - Redirects are followed here, at most 5, each new host checked the same way.
// - 10 s for the whole exchange, redirects included; a response body limit (5 MB by default) that
//   aborts while streaming; `User-Agent: Bottega/<version> (+<BASE_URL>)`.
// It answers a standard `Response` with the body read (bounded), so callers use .json() and .text().

import { lookup } from "node:dns/promises";
import { readFileSync } from "node:fs";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import type { Config } from "../config.ts";

export type OutboundConfig = Pick<Config, "baseUrl" | "outboundAllowPrivate">;

export type OutboundInit = {
  method?: string;
  headers?: HeadersInit;
  body?: string | Uint8Array | ArrayBuffer | URLSearchParams | null;
  signal?: AbortSignal | null;
  /** "follow" (default: checked, at most `maxRedirects`), "manual" (answer the 3xx), "error". */
  redirect?: RequestRedirect;
  /** Largest response body accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  /** For the whole exchange, redirects included (default 10 s). */
  timeoutMs?: number;
  maxRedirects?: number;
  /**
   * Host names the operator configured (an identity provider's, say), not ones a person or a remote
   * server chose: these may be on the intranet. Only these names: a redirect elsewhere is checked as
   * usual, and every other guard still applies.
   */
  trustedHosts?: readonly string[];
};

export const OUTBOUND_DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 } as const;

/** Every refusal of an outbound request; `reason` says which, for a clear message to the person. */
export class OutboundError extends Error {
  override name = "OutboundError";
  constructor(
    readonly reason:
      | "refused-address"
      | "too-many-redirects"
      | "timeout"
      | "too-large"
      | "bad-url"
      | "network",
    message: string,
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
export class OutboundRefusedError extends OutboundError {
  override name = "OutboundRefusedError";
  constructor(
    url: string,
    readonly address: string,
  ) {
    super("refused-address", `${new URL(url).hostname} is a private or reserved address (${address})`, url);
  }
}
export class OutboundRedirectError extends OutboundError {
  override name = "OutboundRedirectError";
  constructor(url: string, max: number) {
    super("too-many-redirects", `more than ${max} redirects`, url);
  }
}
export class OutboundTimeoutError extends OutboundError {
  override name = "OutboundTimeoutError";
  constructor(url: string, ms: number) {
    super("timeout", `no complete answer within ${ms} ms`, url);
  }
}
export class OutboundTooLargeError extends OutboundError {
  override name = "OutboundTooLargeError";
  constructor(url: string, max: number) {
    super("too-large", `the answer is larger than ${max} bytes`, url);
  }
}

// Ranges no request on behalf of someone else may reach (IANA special-purpose registries). Node's
// BlockList also matches the IPv4-mapped IPv6 forms (::ffff:127.0.0.1, ::ffff:7f00:1) of IPv4 rules.
const REFUSED = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private (RFC 1918)
  ["100.64.0.0", 10], // carrier-grade NAT (RFC 6598)
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255
] as const) {
  REFUSED.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["::", 96], // IPv4-compatible (deprecated), ::127.0.0.1 among them
  ["64:ff9b:1::", 48], // local-use NAT64 (RFC 8215)
  ["100::", 64], // discard-only
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique-local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) {
  REFUSED.addSubnet(net, bits, "ipv6");
}

/** Whether an outbound request may go to this IP address (false for private, loopback, reserved…). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !REFUSED.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The first address of the list that may not be reached, if any. */
export const firstRefused = (addresses: readonly string[]): string | undefined =>
  addresses.find((a) => !isPublicAddress(a));

let version: string | undefined;
function userAgent(config: OutboundConfig): string {
  version ??= (
    JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string }
  ).version;
  return `Bottega/${version} (+${config.baseUrl})`;
}

type Address = { address: string; family: 4 | 6 };

/** The addresses the URL's host stands for, checked; throws OutboundRefusedError. */
async function resolveChecked(url: URL, allowPrivate: boolean, signal: AbortSignal): Promise<Address[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const literal = isIP(host);
  const addresses: Address[] = literal
    ? [{ address: host, family: literal as 4 | 6 }]
    : ((await Promise.race([
        lookup(host, { all: true, order: "verbatim" }),
        new Promise<never>((_, reject) => {
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener("abort", () => reject(signal.reason), { once: true });
        }),
      ])) as Address[]);
  if (addresses.length === 0) throw new OutboundError("network", `${host} has no address`, url.href);
  if (!allowPrivate) {
    // Every address, not just the first: a name answering one public and one private address would
    // otherwise reach the private one whenever the resolver's order changes.
    const refused = firstRefused(addresses.map((a) => a.address));
    if (refused) throw new OutboundRefusedError(url.href, refused);
  }
  return addresses;
}

/**
 * node:http's DNS hook, answering with the addresses already checked (no second resolution). With
 * `all` (Node tries IPv6 and IPv4 in turn, "happy eyeballs") it gets every one; else the first.
 */
const pinned =
  (to: Address[]): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) callback(null, to);
    else callback(null, to[0]!.address, to[0]!.family);
  };

type Answer = {
  status: number;
  statusText: string;
  headers: Headers;
  body: Buffer | null;
  res: IncomingMessage;
};

function headersOf(res: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

function requestOnce(
  url: URL,
  to: Address[],
  method: string,
  headers: Record<string, string>,
  body: Buffer | null,
  signal: AbortSignal,
  maxBytes: number,
  readBody: (status: number, location: string | undefined) => boolean,
): Promise<Answer> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    const req = client.request(url, { method, headers, signal, lookup: pinned(to), agent: false });
    req.on("error", reject);
    req.on("response", (res) => {
      const answer = {
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? "",
        headers: headersOf(res),
        res,
      };
      if (!readBody(answer.status, res.headers.location)) {
        res.destroy();
        resolve({ ...answer, body: null });
        return;
      }
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.destroy();
        reject(new OutboundTooLargeError(url.href, maxBytes));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          res.destroy();
          reject(new OutboundTooLargeError(url.href, maxBytes));
          return;
        }
        chunks.push(chunk);
      });
      res.on("error", reject);
      // Cut off mid-body (an abort, a timeout, the server gone): no "end" comes, so answer here.
      res.on("close", () => {
        if (!res.complete) reject(new OutboundError("network", "the answer was cut off", url.href));
      });
      res.on("end", () => resolve({ ...answer, body: Buffer.concat(chunks) }));
    });
    req.end(body ?? undefined);
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const CREDENTIALS = ["authorization", "cookie", "proxy-authorization"];

function bodyOf(init: OutboundInit, headers: Record<string, string>): Buffer | null {
  const b = init.body;
  if (b === undefined || b === null) return null;
  if (b instanceof URLSearchParams) {
    headers["content-type"] ??= "application/x-www-form-urlencoded;charset=UTF-8";
    return Buffer.from(b.toString());
  }
  if (typeof b === "string") {
    headers["content-type"] ??= "text/plain;charset=UTF-8";
    return Buffer.from(b);
  }
  return Buffer.from(b instanceof ArrayBuffer ? new Uint8Array(b) : b);
}

/**
 * A request to another server, guarded (see the top of this file). Throws OutboundError (its
 * `reason` says why) for a refused address, too many redirects, a timeout, a body too large, a bad
 * URL or a network failure; an abort by the caller's own signal rejects with that signal's reason.
 */
export async function outboundFetch(
  config: OutboundConfig,
  input: string | URL,
  init: OutboundInit = {},
): Promise<Response> {
  const maxBytes = init.maxBytes ?? OUTBOUND_DEFAULTS.maxBytes;
  const timeoutMs = init.timeoutMs ?? OUTBOUND_DEFAULTS.timeoutMs;
  const maxRedirects = init.maxRedirects ?? OUTBOUND_DEFAULTS.maxRedirects;
  const trusted = new Set((init.trustedHosts ?? []).map((h) => h.toLowerCase()));
  const allowPrivate = (u: URL) => config.outboundAllowPrivate || trusted.has(u.hostname);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;

  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new OutboundError("bad-url", "not a URL", String(input));
  }
  const headers: Record<string, string> = {};
  new Headers(init.headers ?? undefined).forEach((value, name) => {
    headers[name] = value;
  });
  // Always ours (libraries such as openid-client send their own): the other server sees which
  // instance is asking, and where to find who runs it.
  headers["user-agent"] = userAgent(config);
  // A compressed answer would need unpacking under the size limit; plain bytes keep that simple.
  headers["accept-encoding"] ??= "identity";
  let method = (init.method ?? "GET").toUpperCase();
  let body = bodyOf(init, headers);

  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new OutboundError("bad-url", `only http and https are fetched, not ${url.protocol}`, url.href);
    }
    const follow = (status: number, location: string | null | undefined) =>
      REDIRECTS.has(status) && Boolean(location) && init.redirect !== "manual";
    let answer: Answer;
    try {
      const to = await resolveChecked(url, allowPrivate(url), signal);
      answer = await requestOnce(url, to, method, headers, body, signal, maxBytes, (s, l) => !follow(s, l));
    } catch (err) {
      if (err instanceof OutboundError) throw err;
      if (timeout.aborted) throw new OutboundTimeoutError(url.href, timeoutMs);
      if (init.signal?.aborted) throw init.signal.reason;
      throw new OutboundError("network", (err as Error).message, url.href, { cause: err });
    }
    const location = answer.headers.get("location");
    if (follow(answer.status, location) && location) {
      if (init.redirect === "error") throw new OutboundError("network", "redirected", url.href);
      if (hop >= maxRedirects) throw new OutboundRedirectError(url.href, maxRedirects);
      const next = new URL(location, url);
      // As fetch does: 303, and 301/302 after a POST, become a GET without a body.
      if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === "POST")) {
        if (method !== "HEAD") method = "GET";
        body = null;
        delete headers["content-type"];
        delete headers["content-length"];
      }
      // Credentials meant for one origin are not handed to another.
      if (next.origin !== url.origin) for (const h of CREDENTIALS) delete headers[h];
      url = next;
      continue;
    }
    const bytes = answer.body && !NULL_BODY.has(answer.status) ? new Uint8Array(answer.body) : null;
    const response = new Response(bytes, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    });
    Object.defineProperty(response, "url", { value: url.href });
    Object.defineProperty(response, "redirected", { value: hop > 0 });
    return response;
  }
}
