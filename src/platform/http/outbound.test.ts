// Guarded outbound requests against a real HTTP server on 127.0.0.1. With OUTBOUND_ALLOW_PRIVATE off
// no public host can be served here, so the address checker is tested on address lists, the refusal
// of 127.0.0.1 and of names resolving to it end to end, and redirects, sizes and time with the flag
// on (or with the first host trusted, to see a redirect elsewhere refused).
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  firstRefused,
  isPublicAddress,
  OutboundError,
  OutboundRedirectError,
  OutboundRefusedError,
  OutboundTimeoutError,
  OutboundTooLargeError,
  outboundFetch,
} from "./outbound.ts";

const closed = (config: { outboundAllowPrivate: boolean }) => ({
  baseUrl: "https://bottega.example.it",
  ...config,
});
const guarded = closed({ outboundAllowPrivate: false });
const open = closed({ outboundAllowPrivate: true });

let server: Server;
let other: Server;
let base: string;
let otherBase: string;
const hits: string[] = [];
let endlessClosed = false;
let endlessSent = 0;

function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url!, "http://x");
  hits.push(url.pathname);
  const n = Number(url.searchParams.get("n") ?? 0);
  switch (url.pathname) {
    case "/echo": {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        res.setHeader("content-type", "application/json");
        res.setHeader("set-cookie", ["a=1", "b=2"]);
        res.end(
          JSON.stringify({
            method: req.method,
            headers: req.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      });
      return;
    }
    case "/hops": // n more redirects, then /echo
      res.writeHead(302, { location: n > 0 ? `/hops?n=${n - 1}` : "/echo" }).end();
      return;
    case "/to":
      res
        .writeHead(Number(url.searchParams.get("status") ?? 302), { location: url.searchParams.get("url")! })
        .end();
      return;
    case "/bytes": {
      const body = Buffer.alloc(n, 97);
      if (url.searchParams.has("declared")) res.setHeader("content-length", body.length);
      // Without a declared length, the body arrives chunked and is counted as it streams.
      for (let i = 0; i < body.length; i += 65_536) res.write(body.subarray(i, i + 65_536));
      res.end();
      return;
    }
    case "/endless": {
      res.on("close", () => {
        endlessClosed = true;
      });
      const chunk = Buffer.alloc(65_536, 98);
      const pump = () => {
        while (!res.destroyed) {
          endlessSent += chunk.length;
          if (!res.write(chunk)) break;
        }
        if (!res.destroyed) res.once("drain", pump);
      };
      pump();
      return;
    }
    case "/silent": // never answers
      return;
    default:
      res.writeHead(404).end();
  }
}

async function listen(s: Server): Promise<string> {
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  server = createServer(handle);
  other = createServer(handle);
  base = await listen(server);
  otherBase = await listen(other);
});
afterAll(async () => {
  server.closeAllConnections();
  other.closeAllConnections();
  await Promise.all([server, other].map((s) => new Promise((r) => s.close(r))));
});

describe("the address checker", () => {
  it("refuses loopback, private, link-local, unique-local, CGNAT, this-network, multicast and their mapped forms", () => {
    for (const a of [
      "127.0.0.1",
      "127.255.255.254",
      "10.0.0.1",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "100.127.255.255",
      "0.0.0.0",
      "0.1.2.3",
      "224.0.0.1",
      "239.255.255.250",
      "255.255.255.255",
      "::",
      "::1",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:10.0.0.1",
      "::ffff:a9fe:a9fe",
      "::127.0.0.1",
      "not-an-address",
    ]) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });

  it("lets public addresses through, the edges of the private ranges included", () => {
    for (const a of [
      "8.8.8.8",
      "1.1.1.1",
      "172.15.255.255",
      "172.32.0.1",
      "100.63.255.255",
      "100.128.0.1",
      "169.253.0.1",
      "193.206.0.1",
      "2001:4860:4860::8888",
      "2a00:1450:4002::1",
      "::ffff:8.8.8.8",
    ]) {
      expect(isPublicAddress(a), a).toBe(true);
    }
  });

  it("finds the one private address among public ones (a name must not resolve to any)", () => {
    expect(firstRefused(["8.8.8.8", "2001:4860:4860::8888"])).toBeUndefined();
    expect(firstRefused(["8.8.8.8", "10.1.2.3", "1.1.1.1"])).toBe("10.1.2.3");
  });
});

describe("outboundFetch with OUTBOUND_ALLOW_PRIVATE off", () => {
  it("refuses http://127.0.0.1 without connecting", async () => {
    const before = hits.length;
    const err = await outboundFetch(guarded, `${base}/echo`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutboundRefusedError);
    expect(err).toMatchObject({ reason: "refused-address", address: "127.0.0.1" });
    expect(hits.length).toBe(before);
  });

  it("refuses a name that resolves to loopback, and the numeric and IPv6 spellings of it", async () => {
    const port = new URL(base).port;
    for (const url of [
      `http://localhost:${port}/echo`,
      `http://2130706433:${port}/echo`,
      `http://[::1]:${port}/`,
    ]) {
      await expect(outboundFetch(guarded, url), url).rejects.toBeInstanceOf(OutboundRefusedError);
    }
  });

  it("refuses what is not http or https", async () => {
    await expect(outboundFetch(guarded, "file:///etc/passwd")).rejects.toMatchObject({ reason: "bad-url" });
    await expect(outboundFetch(guarded, "not a url")).rejects.toMatchObject({ reason: "bad-url" });
  });

  it("reaches a host the operator configured, and refuses its redirect to another private host", async () => {
    const res = await outboundFetch(guarded, `${base}/echo`, { trustedHosts: ["127.0.0.1"] });
    expect(res.status).toBe(200);
    const port = new URL(otherBase).port;
    const before = hits.length;
    const err = await outboundFetch(
      guarded,
      `${base}/to?url=${encodeURIComponent(`http://localhost:${port}/echo`)}`,
      {
        trustedHosts: ["127.0.0.1"],
      },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutboundRefusedError);
    expect(hits.slice(before)).toEqual(["/to"]);
  });
});

describe("outboundFetch with OUTBOUND_ALLOW_PRIVATE on", () => {
  it("answers a Response, names the instance in its User-Agent (a caller's replaced), keeps repeated headers", async () => {
    const version = JSON.parse(
      readFileSync(new URL("../../../package.json", import.meta.url), "utf8"),
    ).version;
    const res = await outboundFetch(open, `${base}/echo`, { headers: { "user-agent": "openid-client/6" } });
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${base}/echo`);
    expect(res.redirected).toBe(false);
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    const seen = (await res.json()) as { headers: Record<string, string> };
    expect(seen.headers["user-agent"]).toBe(`Bottega/${version} (+https://bottega.example.it)`);
  });

  it("follows at most 5 redirects", async () => {
    const res = await outboundFetch(open, `${base}/hops?n=4`); // 5 redirects in all
    expect(res.status).toBe(200);
    expect(res.redirected).toBe(true);
    expect(res.url).toBe(`${base}/echo`);
    const err = await outboundFetch(open, `${base}/hops?n=5`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutboundRedirectError);
    expect(err).toMatchObject({ reason: "too-many-redirects" });
  });

  it("answers the redirect itself with redirect: manual", async () => {
    const res = await outboundFetch(open, `${base}/hops?n=0`, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/echo");
  });

  it("turns a POST redirected with 303 into a GET, and drops credentials on a redirect to another origin", async () => {
    const res = await outboundFetch(
      open,
      `${base}/to?status=303&url=${encodeURIComponent(`${otherBase}/echo`)}`,
      {
        method: "POST",
        body: new URLSearchParams({ a: "1" }),
        headers: { authorization: "Bearer segreto", "x-keep": "yes" },
      },
    );
    const seen = (await res.json()) as { method: string; headers: Record<string, string>; body: string };
    expect(seen.method).toBe("GET");
    expect(seen.body).toBe("");
    expect(seen.headers.authorization).toBeUndefined();
    expect(seen.headers["x-keep"]).toBe("yes");
    // A 307 keeps the method and body (same origin, so the credentials stay too).
    const kept = await outboundFetch(open, `${base}/to?status=307&url=/echo`, {
      method: "POST",
      body: new URLSearchParams({ a: "1" }),
      headers: { authorization: "Bearer segreto" },
    });
    expect(await kept.json()).toMatchObject({
      method: "POST",
      body: "a=1",
      headers: {
        authorization: "Bearer segreto",
        "content-type": "application/x-www-form-urlencoded;charset=UTF-8",
      },
    });
  });

  it("refuses an answer larger than the limit, declared or streamed, and takes one within it", async () => {
    const ok = await outboundFetch(open, `${base}/bytes?n=100000`, { maxBytes: 100_000 });
    expect((await ok.arrayBuffer()).byteLength).toBe(100_000);
    for (const q of ["n=100001&declared", "n=300000"]) {
      const err = await outboundFetch(open, `${base}/bytes?${q}`, { maxBytes: 100_000 }).catch(
        (e: unknown) => e,
      );
      expect(err, q).toBeInstanceOf(OutboundTooLargeError);
    }
  });

  it("stops reading an endless answer as soon as it passes the limit (default 5 MB)", async () => {
    endlessClosed = false;
    endlessSent = 0;
    const started = Date.now();
    const err = await outboundFetch(open, `${base}/endless`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutboundTooLargeError);
    expect((err as Error).message).toContain(String(5 * 1024 * 1024));
    await expect.poll(() => endlessClosed).toBe(true);
    // The limit and what the sockets' buffers held on the way, not a stream read to its end.
    expect(endlessSent).toBeLessThan(32 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("gives up after the timeout, and rejects with the caller's own abort reason", async () => {
    const started = Date.now();
    const err = await outboundFetch(open, `${base}/silent`, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutboundTimeoutError);
    expect(Date.now() - started).toBeLessThan(3_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("the person left")), 100);
    await expect(outboundFetch(open, `${base}/silent`, { signal: controller.signal })).rejects.toThrow(
      "the person left",
    );
  });

  it("says a refused connection is a network failure", async () => {
    const s = createServer();
    const url = await listen(s);
    await new Promise((r) => s.close(r));
    await expect(outboundFetch(open, url)).rejects.toSatisfy(
      (e) => e instanceof OutboundError && e.reason === "network",
    );
  });
});
