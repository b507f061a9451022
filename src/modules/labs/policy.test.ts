// The labs policy as a matrix: each kind of person (written by hand, not derived from the code)
// against each action on a lab of a network, its meetings, materials and action plans.
import { describe, expect, it } from "vitest";
import { BASE_ACTOR, inNet, NET, OTHER_NET, row } from "../../../test/helpers/actors.ts";
import { type Actor, type Caller, SYSTEM } from "../../platform/auth/index.ts";
import type { Lab } from "./labs.types.ts";
import { can } from "./policy.ts";

const N = NET;
const OTHER = OTHER_NET;
const base = BASE_ACTOR;

const people = {
  anonymous: null,
  /** A member of the network who has not confirmed their address. */
  unverified: { ...inNet("unverified", "member"), emailVerified: false },
  otherMember: inNet("other-member", "member", OTHER),
  otherCoordinator: inNet("other-coordinator", "coordinator", OTHER),
  /** A member of the network, not of the lab (they added the material below). */
  member: inNet("member", "member"),
  labMember: inNet("lab-member", "member"),
  labFacilitator: inNet("lab-facilitator", "member"),
  /** A lab member who manages the organisation whose action plan is asked about. */
  orgManager: {
    ...inNet("org-manager", "member"),
    organisations: [{ id: "org-1", role: "manager", isPa: false, networkIds: [N] }],
  },
  /** A facilitator of the network (not of the lab). */
  facilitator: inNet("facilitator", "facilitator"),
  communicator: inNet("communicator", "communicator"),
  coordinator: inNet("coordinator", "coordinator"),
  admin: { ...base, id: "admin", isAdmin: true },
} satisfies Record<string, Actor | null>;

const lab = (over: Partial<Lab> = {}): Lab => ({
  id: "lab-1",
  networkId: N,
  slug: "lab",
  title: "Lab",
  theme: "t",
  objectives: [],
  subThemes: [],
  description: null,
  periodStart: null,
  periodEnd: null,
  venue: null,
  visibility: "network",
  members: [
    { accountId: "lab-member", role: "member" },
    { accountId: "lab-facilitator", role: "facilitator" },
    { accountId: "org-manager", role: "member" },
  ],
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...over,
});

describe("a lab of a network", () => {
  const l = lab();
  const answers = (actor: Caller | null) =>
    row([
      can(actor, "see", l),
      can(actor, "see", lab({ visibility: "participants" })),
      can(actor, "see-meeting", { lab: l, meeting: { visibility: "participants" } }),
      can(actor, "create", { networkId: N }),
      can(actor, "manage", l),
      can(actor, "register", undefined),
      can(actor, "curate", l),
      can(actor, "contribute", l),
      can(actor, "create-plan", l),
      can(actor, "edit-plan", { lab: l, plan: { organisationId: "org-1" } }),
      can(actor, "edit-plan", { lab: l, plan: { organisationId: null } }),
      can(actor, "delete-material", { lab: l, material: { createdBy: "someone-else" } }),
      can(actor, "delete-material", { lab: l, material: { createdBy: "member" } }),
    ]);

  // biome-ignore format: the table is aligned by hand
  const expected: Record<keyof typeof people, string> = {
    //                see(network lab) see(participants lab) see-meeting(participants) | create manage
    //                register | curate contribute create-plan edit-plan(org) edit-plan(lab's) |
    //                delete-material(someone else's) delete-material(added by member)
    anonymous:        "0 0 0  0 0  0  0 0 0 0 0  0 0",
    unverified:       "1 0 0  0 0  0  0 0 0 0 0  0 0",
    otherMember:      "0 0 0  0 0  1  0 0 0 0 0  0 0",
    otherCoordinator: "0 0 0  0 0  1  0 0 0 0 0  0 0",
    member:           "1 0 0  0 0  1  0 0 0 0 0  0 1",
    labMember:        "1 1 1  0 0  1  0 1 0 0 0  0 0",
    labFacilitator:   "1 1 1  0 1  1  1 1 1 1 1  1 1",
    orgManager:       "1 1 1  0 0  1  0 1 1 1 0  0 0",
    facilitator:      "1 0 0  0 0  1  1 1 1 1 1  1 1",
    communicator:     "1 0 0  0 0  1  0 0 0 0 0  0 0",
    coordinator:      "1 1 1  1 1  1  1 1 1 1 1  1 1",
    admin:            "1 1 1  1 1  1  1 1 1 1 1  1 1",
  };

  for (const [name, actor] of Object.entries(people)) {
    it(`answers ${name}`, () => {
      expect(answers(actor)).toBe(expected[name as keyof typeof people].replace(/ +/g, " "));
    });
  }

  // SYSTEM (platform/auth): demo seeds and jobs, never a request. It sets labs up and fills them
  // (this is what the demo seeds and test factories call the services for), but it is not an admin:
  // it never registers for a meeting nor deletes a material.
  it("answers SYSTEM with what its work needs, and nothing else", () => {
    expect(answers(SYSTEM)).toBe("1 1 1  1 1  0  1 1 1 1 1  0 0".replace(/ +/g, " "));
  });

  it("answers no person as SYSTEM: an admin is answered by the rules, not as the system", () => {
    for (const actor of Object.values(people)) expect(answers(actor)).not.toBe(answers(SYSTEM));
  });
});
