// The memo behind the session, memberships and the home page's own sections: kept until the next
// write or its time-to-live, one lookup for the requests that miss together, a context argument
// passed on a miss only.
import { describe, expect, it } from "vitest";
import { invalidateRenderCache, untilNextWrite } from "./render-cache.ts";

type Deps = { at: number; clock: { now(): Date } };
const depsAt = (ms: number): Deps => {
  const d: Deps = { at: ms, clock: { now: () => new Date(d.at) } };
  return d;
};

describe("untilNextWrite", () => {
  it("remembers until a write or the TTL, and shares one lookup between simultaneous misses", async () => {
    let calls = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const memo = untilNextWrite(async (_deps: Deps, key: string, who: { name: string }) => {
      calls++;
      await gate;
      return `${key}:${who.name}:${calls}`;
    });
    const deps = depsAt(1_000);
    const together = [memo(deps, "a", { name: "Elena" }), memo(deps, "a", { name: "Elena" })];
    release();
    expect(await Promise.all(together)).toEqual(["a:Elena:1", "a:Elena:1"]);
    expect(calls).toBe(1);
    expect(await memo(deps, "a", { name: "Elena" })).toBe("a:Elena:1");
    invalidateRenderCache();
    expect(await memo(deps, "a", { name: "Elena" })).toBe("a:Elena:2");
    deps.at += 1_999;
    expect(await memo(deps, "a", { name: "Elena" })).toBe("a:Elena:2");
    deps.at += 2;
    expect(await memo(deps, "a", { name: "Elena" })).toBe("a:Elena:3"); // past the 2 s TTL
    // Another application instance (another database) has a memo of its own.
    expect(await memo(depsAt(1_000), "a", { name: "Elena" })).toBe("a:Elena:4");
    expect(calls).toBe(4);
  });
});
