// The home sections' memos: the part for everyone looked up once until a write, the person's part
// once per person until a write.
import { describe, expect, it } from "vitest";
import { forEachPerson, sameForEveryone } from "./home-memo.ts";
import { invalidateRenderCache } from "./render-cache.ts";

const deps = { clock: { now: () => new Date(1_000) } };

describe("home memos", () => {
  it("looks up the part for everyone once, again after a write", async () => {
    let calls = 0;
    const upcoming = sameForEveryone(async (_deps: typeof deps) => ++calls);
    expect(await upcoming(deps)).toBe(1);
    expect(await upcoming(deps)).toBe(1);
    invalidateRenderCache();
    expect(await upcoming(deps)).toBe(2);
    expect(calls).toBe(2);
  });

  it("keeps a person's part apart from another's, each until a write", async () => {
    const seen: string[] = [];
    const ahead = forEachPerson(async (_deps: typeof deps, p: { id: string; name: string }) => {
      seen.push(p.id);
      return `${p.name} ${seen.length}`;
    });
    const elena = { id: "e", name: "Elena" };
    const marco = { id: "m", name: "Marco" };
    expect(await ahead(deps, elena)).toBe("Elena 1");
    expect(await ahead(deps, marco)).toBe("Marco 2");
    expect(await ahead(deps, elena)).toBe("Elena 1");
    invalidateRenderCache();
    expect(await ahead(deps, elena)).toBe("Elena 3");
    expect(seen).toEqual(["e", "m", "e"]);
  });
});
