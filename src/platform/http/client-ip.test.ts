import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { pickClientIp } from "./client-ip.ts";

describe("the client's address behind proxies", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(pickClientIp(false, "198.51.100.7", "1.2.3.4")).toBe("198.51.100.7");
  });

  it("takes the address the nearest proxy saw, not the one the client forged (one proxy)", () => {
    // nginx appends $remote_addr to what the client sent: a forged entry stays on the left.
    expect(pickClientIp(1, "127.0.0.1", "1.2.3.4, 203.0.113.9")).toBe("203.0.113.9");
    expect(pickClientIp(1, "127.0.0.1", "203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts N proxies from the right", () => {
    expect(pickClientIp(2, "10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1")).toBe("203.0.113.9");
    // Fewer hops than proxies (a request that skipped the outer proxy): the leftmost there is.
    expect(pickClientIp(3, "10.0.0.2", "203.0.113.9")).toBe("203.0.113.9");
  });

  it("skips listed proxy addresses from the right", () => {
    const proxies = ["10.0.0.1", "10.0.0.2"];
    expect(pickClientIp(proxies, "::ffff:10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1")).toBe("203.0.113.9");
    // A peer that is not one of our proxies is the client, whatever the header says.
    expect(pickClientIp(proxies, "198.51.100.7", "6.6.6.6")).toBe("198.51.100.7");
  });

  it("never returns something that is not an address", () => {
    expect(pickClientIp(1, "127.0.0.1", "not-an-ip")).toBe("127.0.0.1");
    expect(pickClientIp(1, "127.0.0.1", " , ")).toBe("127.0.0.1");
  });

  it("reads TRUST_PROXY as off, a number of proxies or a list of their addresses", () => {
    const base = { DATA_DIR: "/tmp/bottega-config-test", SECRET: "x".repeat(32) };
    expect(loadConfig({ ...base }).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: "true" }).trustProxy).toBe(1);
    expect(loadConfig({ ...base, TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({ ...base, TRUST_PROXY: "10.0.0.1, ::1" }).trustProxy).toEqual(["10.0.0.1", "::1"]);
    expect(() => loadConfig({ ...base, TRUST_PROXY: "proxy.example" })).toThrow(/TRUST_PROXY/);
  });
});
