// SYSTEM, the caller that is not a person: a policy lets it take only the actions it lists for it,
// never asks a rule about it, and nothing a person (or a request) brings can pass for it.
import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.ts";
import { actorOf, isSystem, policyOf, SYSTEM } from "./index.ts";

type M = { read: { open: boolean }; write: { open: boolean }; wipe: undefined };

const admin: Actor = {
  id: "00000000-0000-7000-8000-000000000000",
  email: "",
  name: "",
  isAdmin: true,
  language: "it",
  emailVerified: true,
  networkRoles: {},
  organisations: [],
};

describe("SYSTEM in a policy", () => {
  const asked: unknown[] = [];
  const ask = (actor: Actor | null, answer: boolean) => {
    asked.push(actor);
    return answer;
  };
  const rules = {
    read: (actor: Actor | null, r: { open: boolean }) => ask(actor, r.open || Boolean(actor)),
    write: (actor: Actor | null) => ask(actor, Boolean(actor?.isAdmin)),
    wipe: (actor: Actor | null) => ask(actor, Boolean(actor?.isAdmin)),
  };
  const can = policyOf<M>(rules, { system: ["read", "write"] });

  it("may take the actions its policy lists for it, whatever the resource, without asking a rule", () => {
    asked.length = 0;
    expect(can(SYSTEM, "read", { open: false })).toBe(true);
    expect(can(SYSTEM, "write", { open: false })).toBe(true);
    expect(asked).toEqual([]);
  });

  it("is refused every other action, even one an admin may take: it is not an admin", () => {
    expect(can(SYSTEM, "wipe", undefined)).toBe(false);
    expect(can(admin, "wipe", undefined)).toBe(true);
  });

  it("is refused everything by a policy that lists nothing for it", () => {
    const none = policyOf<M>(rules);
    expect(none(SYSTEM, "read", { open: true })).toBe(false);
    expect(none(SYSTEM, "write", { open: true })).toBe(false);
  });

  it("people are answered by the rules, an admin too (even one shaped like the old internal admin)", () => {
    asked.length = 0;
    expect(can(null, "read", { open: false })).toBe(false);
    expect(can(null, "write", { open: true })).toBe(false);
    expect(can({ ...admin, isAdmin: false }, "write", { open: true })).toBe(false);
    expect(can(admin, "write", { open: true })).toBe(true);
    expect(asked).toEqual([null, null, { ...admin, isAdmin: false }, admin]);
  });
});

describe("nothing from outside passes for SYSTEM", () => {
  it("no person is SYSTEM, and SYSTEM stands for no person", () => {
    for (const actor of [admin, { ...admin, id: "system", name: "system" }, null, undefined])
      expect(isSystem(actor)).toBe(false);
    expect(actorOf(admin)).toBe(admin);
    expect(actorOf(null)).toBeNull();
    expect(actorOf(SYSTEM)).toBeNull();
  });

  it("it is a symbol of its own: no registered symbol, copy or string names it", () => {
    expect(isSystem(Symbol.for("system") as typeof SYSTEM)).toBe(false);
    expect(isSystem(Symbol("system") as typeof SYSTEM)).toBe(false);
    expect(isSystem("system" as unknown as typeof SYSTEM)).toBe(false);
    // What a request carries is text: SYSTEM does not survive JSON, so no body, cookie or token holds it.
    expect(JSON.parse(JSON.stringify({ caller: SYSTEM }))).toEqual({});
    expect(isSystem(structuredClone(admin) as Actor)).toBe(false);
  });
});
