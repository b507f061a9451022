// The conferences policy as a matrix: each kind of person (written by hand, not derived from the
// code) against managing a network's conferences. Seeing and registering need no policy: they are
// public.
import { describe, expect, it } from "vitest";
import { BASE_ACTOR, inNet, NET, OTHER_NET } from "../../../test/helpers/actors.ts";
import { type Actor, SYSTEM } from "../../platform/auth/index.ts";
import { can } from "./policy.ts";

const N = NET;
const OTHER = OTHER_NET;
const base = BASE_ACTOR;

const people = {
  anonymous: null,
  otherMember: inNet("other-member", "member", OTHER),
  otherCoordinator: inNet("other-coordinator", "coordinator", OTHER),
  member: inNet("member", "member"),
  facilitator: inNet("facilitator", "facilitator"),
  communicator: inNet("communicator", "communicator"),
  coordinator: inNet("coordinator", "coordinator"),
  admin: { ...base, id: "admin", isAdmin: true },
} satisfies Record<string, Actor | null>;

describe("conferences of a network", () => {
  // biome-ignore format: the table is aligned by hand
  const manages: Record<keyof typeof people, boolean> = {
    anonymous:        false,
    otherMember:      false,
    otherCoordinator: false,
    member:           false,
    facilitator:      false,
    communicator:     false,
    coordinator:      true,
    admin:            true,
  };

  for (const [name, actor] of Object.entries(people)) {
    it(`answers ${name}`, () => {
      expect(can(actor, "manage", { networkId: N })).toBe(manages[name as keyof typeof people]);
    });
  }

  // SYSTEM (platform/auth): demo seeds and jobs, never a request; it builds any network's programme.
  it("answers SYSTEM: it manages every network's conferences", () => {
    expect(can(SYSTEM, "manage", { networkId: N })).toBe(true);
    expect(can(SYSTEM, "manage", { networkId: OTHER })).toBe(true);
  });
});
