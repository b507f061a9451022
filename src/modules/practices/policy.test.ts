// The catalogue's policy as a matrix: each kind of person (written by hand, not derived from the
// code) against each action on a network's practices, published and not.
import { describe, expect, it } from "vitest";
import { BASE_ACTOR, inNet, NET, OTHER_NET, paMemberIn, row } from "../../../test/helpers/actors.ts";
import type { Actor } from "../../platform/auth/index.ts";
import { can, type ReadablePractice } from "./policy.ts";

const N = NET;
const OTHER = OTHER_NET;
const base = BASE_ACTOR;

const people = {
  anonymous: null,
  /** A member of the network who has not confirmed their address. */
  unverified: { ...inNet("unverified", "member"), emailVerified: false },
  otherMember: inNet("other-member", "member", OTHER),
  otherCoordinator: inNet("other-coordinator", "coordinator", OTHER),
  /** A member named among the participants of a `participants` practice. */
  member: inNet("member", "member"),
  /** A member whose organisation is a public administration accepted into the network. */
  paMember: paMemberIn("pa-member"),
  facilitator: inNet("facilitator", "facilitator"),
  communicator: inNet("communicator", "communicator"),
  coordinator: inNet("coordinator", "coordinator"),
  /** A member who submitted the practice under review. */
  author: inNet("author", "member"),
  admin: { ...base, id: "admin", isAdmin: true },
} satisfies Record<string, Actor | null>;

const practice = (over: Partial<ReadablePractice>): ReadablePractice => ({
  status: "published",
  visibility: "public",
  networkId: N,
  participantIds: ["member"],
  createdBy: "author",
  ...over,
});

describe("practices of a network", () => {
  const answers = (actor: Actor | null) =>
    row([
      can(actor, "read", practice({ visibility: "public" })),
      can(actor, "read", practice({ visibility: "network" })),
      can(actor, "read", practice({ visibility: "pa" })),
      can(actor, "read", practice({ visibility: "participants" })),
      can(actor, "read", practice({ status: "submitted" })),
      can(actor, "read-contact", undefined),
      can(actor, "moderate", { networkId: N }),
      can(actor, "moderate", { networkId: null }),
      can(actor, "see-queue", undefined),
      can(actor, "comment", undefined),
      can(actor, "create-directly", { networkId: N }),
      can(actor, "create-directly", { networkId: null }),
      can(actor, "manage-media", { networkId: N }),
      can(actor, "import", { networkId: N }),
      can(actor, "edit-published", { networkId: N }),
      can(actor, "edit-published", { networkId: null }),
    ]);

  // biome-ignore format: the table is aligned by hand
  const expected: Record<keyof typeof people, string> = {
    //               read: public network pa participants submitted | contact moderate(N) moderate(none)
    //               queue comment | create-directly(N) create-directly(none) media import
    //               | edit-published(N) edit-published(none)
    anonymous:        "1 0 0 0 0  0 0 0  0 0  0 0 0 0  0 0",
    unverified:       "1 1 0 0 0  1 0 0  0 0  0 0 0 0  0 0",
    otherMember:      "1 0 0 0 0  1 0 0  0 1  0 0 0 0  0 0",
    otherCoordinator: "1 0 0 0 0  1 0 0  1 1  0 0 0 0  0 0",
    member:           "1 1 0 1 0  1 0 0  0 1  0 0 0 0  0 0",
    paMember:         "1 1 1 0 0  1 0 0  0 1  0 0 0 0  0 0",
    facilitator:      "1 1 0 0 0  1 0 0  0 1  0 0 0 0  0 0",
    communicator:     "1 1 0 0 0  1 0 0  0 1  0 0 0 0  0 0",
    coordinator:      "1 1 1 1 1  1 1 0  1 1  1 0 1 1  1 0",
    author:           "1 1 0 0 1  1 0 0  0 1  0 0 0 0  0 0",
    admin:            "1 1 1 1 1  1 1 1  1 1  1 1 1 1  1 1",
  };

  for (const [name, actor] of Object.entries(people)) {
    it(`answers ${name}`, () => {
      expect(answers(actor)).toBe(expected[name as keyof typeof people].replace(/ +/g, " "));
    });
  }
});
