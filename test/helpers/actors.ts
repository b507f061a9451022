// People for policy matrices, written by hand: an account with no roles, and the same person with one
// role in a network. Each module's policy.test.ts builds its own cast from these.
import type { Actor, NetworkRole } from "../../src/platform/auth/index.ts";

export const NET = "net-1";
export const OTHER_NET = "net-2";

export const BASE_ACTOR: Actor = {
  id: "a",
  email: "a@example.org",
  name: "A",
  isAdmin: false,
  language: "it",
  emailVerified: true,
  networkRoles: {},
  organisations: [],
};

export const inNet = (id: string, role: NetworkRole, networkId = NET): Actor => ({
  ...BASE_ACTOR,
  id,
  networkRoles: { [networkId]: [role] },
});

/** A member whose organisation is a public administration accepted into the network. */
export const paMemberIn = (id: string, networkId = NET): Actor => ({
  ...inNet(id, "member", networkId),
  organisations: [{ id: "org", role: "member", isPa: true, networkIds: [networkId] }],
});

/** A policy matrix's row: 1 allowed, 0 refused, compared as one string so a failure names the row. */
export const row = (answers: boolean[]) => answers.map((a) => (a ? "1" : "0")).join(" ");
