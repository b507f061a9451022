// Ids are UUID v7, unique, and in creation order even within one millisecond; pooled random bytes
// are never handed out twice.
import { describe, expect, it } from "vitest";
import { firstFreeSlug, freeSlugAmong, isUuid, newId, randomPooled } from "./ids.ts";

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newId", () => {
  it("makes version 7 UUIDs that sort in the order they were made", () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    for (const id of ids.slice(0, 50)) expect(id).toMatch(V7);
    expect(new Set(ids).size).toBe(ids.length);
    // 20,000 ids take a few milliseconds: many share one, and still sort in order.
    expect([...ids].sort()).toEqual(ids);
  });

  it("carries the current time in its first 48 bits", () => {
    const before = Date.now();
    const id = newId();
    const ms = Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });
});

describe("randomPooled", () => {
  it("gives fresh bytes on every call, across refills of the pool", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i++) seen.add(randomPooled(16).toString("hex"));
    expect(seen.size).toBe(2_000);
  });

  it("returns a copy: changing it changes nothing handed out later", () => {
    const a = randomPooled(6);
    expect(a).toHaveLength(6);
    a.fill(0);
    const b = randomPooled(6);
    expect(b.equals(Buffer.alloc(6))).toBe(false);
  });
});

describe("isUuid, freeSlugAmong, firstFreeSlug", () => {
  it("tells a UUID (any version, either case) from anything else", () => {
    expect(isUuid("0193b5c2-7f1e-7abc-8def-0123456789ab")).toBe(true);
    expect(isUuid("0193B5C2-7F1E-4ABC-8DEF-0123456789AB")).toBe(true);
    expect(isUuid("tavolo-icom")).toBe(false);
    expect(isUuid("0193b5c2-7f1e-7abc-8def-0123456789ab ")).toBe(false);
    expect(isUuid("")).toBe(false);
  });

  it("gives the name's slug, or the next free -N, or the fallback for a name without letters", () => {
    expect(freeSlugAmong("Città Metropolitana", "x", new Set())).toBe("citta-metropolitana");
    expect(freeSlugAmong("Città", "x", new Set(["citta", "citta-2"]))).toBe("citta-3");
    expect(freeSlugAmong("Città", "x", new Set(["citta-2"]))).toBe("citta");
    expect(freeSlugAmong("!!!", "practice", new Set(["practice"]))).toBe("practice-2");
  });

  it("asks for the slugs in use starting with the base once", async () => {
    const asked: string[] = [];
    const slug = await firstFreeSlug("Lab II", "lab", async (base) => {
      asked.push(base);
      return ["lab-ii", "lab-ii-2"];
    });
    expect(slug).toBe("lab-ii-3");
    expect(asked).toEqual(["lab-ii"]);
  });
});
