// The policy as a matrix: each role (written by hand, not derived from the code) against each action.
import { describe, expect, it } from "vitest";
import { SYSTEM } from "../../platform/auth/index.ts";
import { type Actor, can, canSee, type IdentityAction, identityPolicy, isPaMember } from "./policy.ts";
import type { NetworkRole } from "./tables.ts";

const N = "net-1";
const OTHER = "net-2";
const ORG = "org-1";

const base: Actor = {
  id: "a",
  email: "a@example.org",
  name: "A",
  isAdmin: false,
  language: "it",
  emailVerified: true,
  networkRoles: {},
  organisations: [],
};
const inNet = (role: NetworkRole, networkId = N): Actor => ({
  ...base,
  networkRoles: { [networkId]: [role] },
});

const actors: Record<string, Actor | null> = {
  anonymous: null,
  signedIn: base,
  unverified: { ...base, emailVerified: false },
  member: inNet("member"),
  facilitator: inNet("facilitator"),
  communicator: inNet("communicator"),
  coordinator: inNet("coordinator"),
  otherCoordinator: inNet("coordinator", OTHER),
  orgManager: { ...base, organisations: [{ id: ORG, role: "manager", isPa: false, networkIds: [N] }] },
  orgMember: { ...base, organisations: [{ id: ORG, role: "member", isPa: false, networkIds: [N] }] },
  admin: { ...base, isAdmin: true },
};

const actions: Record<string, IdentityAction> = {
  manage: { action: "manage-network", networkId: N },
  invite: { action: "invite", networkId: N },
  viewMembers: { action: "view-members", networkId: N },
  viewAudit: { action: "view-audit", networkId: N },
  adminAudit: { action: "view-audit", networkId: null },
  setPa: { action: "set-pa-flag", organisationId: ORG },
  answerNetwork: { action: "answer-network-request", organisationId: ORG },
  editOrg: { action: "edit-organisation", organisationId: ORG },
  confirmOrgMember: { action: "confirm-organisation-member", organisationId: ORG },
  viewOrgMembers: { action: "view-organisation-members", organisationId: ORG, networkIds: [N] },
  joinOrg: { action: "join-organisation", organisationId: ORG },
  acceptInvitation: { action: "accept-invitation" },
  createNetwork: { action: "create-network" },
  createOrg: { action: "create-organisation" },
  admin: { action: "admin" },
};

// 1 = allowed, 0 = refused. Columns in the order of `actions` above.
// biome-ignore format: the table is aligned by hand
const expected: Record<string, string> = {
  //                 manage invite viewMembers viewAudit adminAudit setPa answerNetwork editOrg confirmOrgMember viewOrgMembers joinOrg acceptInv createNet createOrg admin
  anonymous: "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
  signedIn: "0 0 0 0 0 0 0 0 0 0 1 1 0 1 0",
  unverified: "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
  member: "0 0 1 0 0 0 0 0 0 1 1 1 0 1 0",
  facilitator: "0 0 1 0 0 0 0 0 0 1 1 1 0 1 0",
  communicator: "0 0 1 0 0 0 0 0 0 1 1 1 0 1 0",
  coordinator: "1 1 1 1 0 0 0 0 0 1 1 1 0 1 0",
  otherCoordinator: "0 0 0 0 0 0 0 0 0 0 1 1 0 1 0",
  orgManager: "0 0 0 0 0 0 1 1 1 1 0 1 0 1 0",
  orgMember: "0 0 0 0 0 0 0 0 0 1 0 1 0 1 0",
  admin: "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
};

describe("policy matrix: roles × actions", () => {
  const names = Object.keys(actions);
  for (const [who, row] of Object.entries(expected)) {
    const flags = row.split(" ").map((f) => f === "1");
    it(`${who}`, () => {
      expect(flags).toHaveLength(names.length);
      const got = names.map((a) => can(actors[who]!, actions[a]!));
      expect(Object.fromEntries(names.map((a, i) => [a, got[i]]))).toEqual(
        Object.fromEntries(names.map((a, i) => [a, flags[i]])),
      );
      // The guards' form of the same rules (the action apart from its resource) answers the same.
      const viaGuards = names.map((a) => {
        const { action, ...resource } = actions[a]!;
        const policy = identityPolicy as (x: Actor | null, a: string, r: object | undefined) => boolean;
        return policy(actors[who]!, action, Object.keys(resource).length ? resource : undefined);
      });
      expect(viaGuards).toEqual(flags);
    });
  }

  it("the PA flag is never self-declared nor a coordinator's: only platform admins set it", () => {
    expect(can(actors.orgManager!, actions.setPa!)).toBe(false);
    // The flag counts in every network the organisation is in, so no network's coordinator sets it.
    expect(can(actors.coordinator!, actions.setPa!)).toBe(false);
    expect(can(actors.otherCoordinator!, actions.setPa!)).toBe(false);
    expect(can(actors.admin!, actions.setPa!)).toBe(true);
  });

  it("SYSTEM (jobs, demo seeds) is allowed nothing here: identity's changes are people's, and audited", () => {
    for (const a of Object.values(actions)) {
      const { action, ...resource } = a;
      expect(
        identityPolicy(SYSTEM, action, (Object.keys(resource).length ? resource : undefined) as never),
      ).toBe(false);
    }
  });
});

describe("PA-only visibility counts only organisations that are members of the content's network", () => {
  const paOrg = (networkIds: string[]) => [{ id: ORG, role: "member" as const, isPa: true, networkIds }];
  const paOnlyInN = { visibility: "pa" as const, networkId: N };

  it("a member of N whose PA organisation is a member of N sees N's PA-only content", () => {
    const a: Actor = { ...inNet("member"), organisations: paOrg([N]) };
    expect(isPaMember(a, N)).toBe(true);
    expect(canSee(a, paOnlyInN)).toBe(true);
  });

  it("a member of N whose PA organisation is a member of another network only does not", () => {
    // The attack: a coordinator of OTHER added the organisation to OTHER and marked it a PA.
    const a: Actor = { ...inNet("member"), organisations: paOrg([OTHER]) };
    expect(isPaMember(a, N)).toBe(false);
    expect(canSee(a, paOnlyInN)).toBe(false);
  });

  it("an organisation that is not a PA does not count, even in N", () => {
    const a: Actor = { ...inNet("member"), organisations: [{ ...paOrg([N])[0]!, isPa: false }] };
    expect(isPaMember(a, N)).toBe(false);
  });
});
