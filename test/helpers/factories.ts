// Factories: valid records with overrides, written through the verbs of the modules' index.ts (the
// seeding ones write directly, without policy, audit or mail).
import {
  createAccount,
  createApiToken,
  seedNetwork,
  seedNetworkOrganisation,
  seedNetworkRole,
  seedOrganisation,
  seedOrganisationMember,
  startSession,
} from "../../src/modules/identity/index.ts";
import type { NetworkRole, OrganisationType } from "../../src/platform/auth/index.ts";
import { COOKIE, wireName } from "../../src/platform/http/cookies.ts";
import { newId } from "../../src/platform/ids.ts";
import { Client } from "./client.ts";
import type { TestRuntime } from "./runtime.ts";

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

export const TEST_PASSWORD = "correct horse battery staple";

export async function buildAccount(
  t: TestRuntime,
  o: {
    email?: string;
    name?: string;
    password?: string;
    language?: "it" | "en";
    verified?: boolean;
    isAdmin?: boolean;
  } = {},
) {
  const n = next();
  const email = o.email ?? `person-${n}@example.org`;
  const { id } = await createAccount(t.deps, {
    email,
    name: o.name ?? `Persona ${n}`,
    password: o.password ?? TEST_PASSWORD,
    language: o.language ?? "it",
    verified: o.verified ?? true,
    isAdmin: o.isAdmin ?? false,
  });
  return { id, email, password: o.password ?? TEST_PASSWORD };
}

export async function buildOrganisation(
  t: TestRuntime,
  o: {
    name?: string;
    slug?: string;
    type?: OrganisationType;
    country?: string;
    city?: string;
    isPa?: boolean;
  } = {},
) {
  const n = next();
  const id = newId();
  const slug = o.slug ?? `org-${n}`;
  await seedOrganisation(t.deps, {
    id,
    slug,
    name: o.name ?? `Comune di Prova ${n}`,
    type: o.type ?? "municipality",
    country: o.country ?? "IT",
    city: o.city ?? "Roma",
    website: null,
    description: null,
    is_pa: o.isPa ?? true,
  });
  return { id, slug };
}

export async function buildNetwork(
  t: TestRuntime,
  o: { name?: string; slug?: string; description?: string } = {},
) {
  const n = next();
  const id = newId();
  const slug = o.slug ?? `network-${n}`;
  await seedNetwork(t.deps, {
    id,
    slug,
    name: o.name ?? `Rete ${n}`,
    description: o.description ?? null,
    website: null,
  });
  return { id, slug };
}

export async function addToNetwork(t: TestRuntime, networkId: string, accountId: string, role: NetworkRole) {
  await seedNetworkRole(t.deps, networkId, accountId, role);
}

export async function joinOrganisation(
  t: TestRuntime,
  organisationId: string,
  accountId: string,
  role: "manager" | "member" = "member",
  networkId?: string,
) {
  await seedOrganisationMember(t.deps, { organisationId, accountId, role, status: "confirmed" });
  // A member organisation, as if its manager had accepted the network's request.
  if (networkId) await seedNetworkOrganisation(t.deps, networkId, organisationId, "accepted");
}

/** A Client already signed in as the account (a real session row and cookie). */
export async function signedIn(t: TestRuntime, accountId: string): Promise<Client> {
  const token = await startSession(t.deps, accountId, "vitest");
  const client = new Client(t);
  client.cookies.set(wireName(t.config.baseUrl, COOKIE.session), token);
  return client;
}

/** A personal access token of the account, for calls to /api/v1 (its owner is mailed, as ever). */
export async function apiTokenFor(t: TestRuntime, accountId: string, name = "test"): Promise<string> {
  return (await createApiToken(t.deps, accountId, name)).token;
}

export type Role =
  | "anonymous"
  | "member"
  | "facilitator"
  | "communicator"
  | "coordinator"
  | "other-coordinator"
  | "admin";

/**
 * A person in `role` for `networkId` (or, for "other-coordinator", a coordinator of a different
 * network), with a signed-in Client and an API token.
 */
export async function actorFor(t: TestRuntime, role: Role, networkId: string) {
  if (role === "anonymous") return { client: new Client(t), token: undefined, accountId: undefined };
  const account = await buildAccount(t, { isAdmin: role === "admin" });
  if (role === "other-coordinator") {
    const other = await buildNetwork(t);
    await addToNetwork(t, other.id, account.id, "coordinator");
  } else if (role !== "admin") {
    await addToNetwork(t, networkId, account.id, role);
  }
  const { token } = await createApiToken(t.deps, account.id, "test");
  return { client: await signedIn(t, account.id), token, accountId: account.id, email: account.email };
}
