import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

const base = { DATA_DIR: "/tmp/bottega-config-test", SECRET: "x".repeat(40) };

describe("configuration", () => {
  it("applies the documented defaults", () => {
    const c = loadConfig(base);
    expect(c.port).toBe(3000);
    expect(c.host).toBe("127.0.0.1");
    expect(c.baseUrl).toBe("http://localhost:3000");
    expect(c.timeZone).toBe("Europe/Rome");
    expect(c.databaseUrl).toBeUndefined();
    expect(c.secretVersion).toBe(1);
    expect(c.secretPrevious).toBeUndefined();
    expect(c.outboundAllowPrivate).toBe(false);
  });

  it("reads the secret's version and the previous secret, which needs a version of 2 or more", () => {
    const c = loadConfig({ ...base, SECRET_VERSION: "2", SECRET_PREVIOUS: "y".repeat(40) });
    expect([c.secretVersion, c.secretPrevious]).toEqual([2, "y".repeat(40)]);
    expect(() => loadConfig({ ...base, SECRET_PREVIOUS: "y".repeat(40) })).toThrow(/SECRET_VERSION/);
    expect(() => loadConfig({ ...base, SECRET_VERSION: "2", SECRET_PREVIOUS: "short" })).toThrow(
      /SECRET_PREVIOUS/,
    );
  });

  it("lets outbound requests reach private addresses only when told", () => {
    expect(loadConfig({ ...base, OUTBOUND_ALLOW_PRIVATE: "true" }).outboundAllowPrivate).toBe(true);
    expect(() => loadConfig({ ...base, OUTBOUND_ALLOW_PRIVATE: "maybe" })).toThrow(/OUTBOUND_ALLOW_PRIVATE/);
  });

  it("stops with a message naming each bad variable", () => {
    expect(() => loadConfig({ ...base, PORT: "eighty", TIME_ZONE: "Mars/Base" })).toThrow(ConfigError);
    try {
      loadConfig({ ...base, PORT: "eighty", TIME_ZONE: "Mars/Base" });
    } catch (e) {
      expect((e as Error).message).toContain("PORT");
      expect((e as Error).message).toContain("TIME_ZONE");
    }
  });

  it("requires SECRET with DATABASE_URL", () => {
    expect(() => loadConfig({ DATABASE_URL: "postgres://localhost/x" })).toThrow(/SECRET/);
  });

  it("requires the S3 settings together", () => {
    expect(() => loadConfig({ ...base, S3_ENDPOINT: "http://127.0.0.1:9000" })).toThrow(/S3_/);
  });
});
