// The funding policy as a matrix: each kind of person (written by hand, not derived from the code)
// against each action on a network's calls.
import { describe, expect, it } from "vitest";
import { BASE_ACTOR, inNet, NET, OTHER_NET, paMemberIn, row } from "../../../test/helpers/actors.ts";
import { type Actor, type Caller, SYSTEM } from "../../platform/auth/index.ts";
import { can } from "./policy.ts";

const N = NET;
const OTHER = OTHER_NET;
const base = BASE_ACTOR;

const people = {
  anonymous: null,
  otherMember: inNet("other-member", "member", OTHER),
  otherCoordinator: inNet("other-coordinator", "coordinator", OTHER),
  member: inNet("member", "member"),
  /** A member whose organisation is a public administration accepted into the network. */
  paMember: paMemberIn("pa-member"),
  facilitator: inNet("facilitator", "facilitator"),
  communicator: inNet("communicator", "communicator"),
  coordinator: inNet("coordinator", "coordinator"),
  admin: { ...base, id: "admin", isAdmin: true },
} satisfies Record<string, Actor | null>;

describe("funding calls of a network", () => {
  const answers = (actor: Caller | null) =>
    row([
      can(actor, "see", { visibility: "public", networkId: N }),
      can(actor, "see", { visibility: "network", networkId: N }),
      can(actor, "see", { visibility: "pa", networkId: N }),
      can(actor, "manage", { networkId: N }),
    ]);

  // biome-ignore format: the table is aligned by hand
  const expected: Record<keyof typeof people, string> = {
    //                see(public) see(network) see(pa) manage
    anonymous:        "1 0 0 0",
    otherMember:      "1 0 0 0",
    otherCoordinator: "1 0 0 0",
    member:           "1 1 0 0",
    paMember:         "1 1 1 0",
    facilitator:      "1 1 0 0",
    communicator:     "1 1 0 0",
    coordinator:      "1 1 1 1",
    admin:            "1 1 1 1",
  };

  for (const [name, actor] of Object.entries(people)) {
    it(`answers ${name}`, () => {
      expect(answers(actor)).toBe(expected[name as keyof typeof people]);
    });
  }

  // SYSTEM (platform/auth): demo seeds and jobs, never a request; it sees and writes any call.
  it("answers SYSTEM", () => {
    expect(answers(SYSTEM)).toBe("1 1 1 1");
  });
});
