// Factories: valid records with overrides, written through the modules' own services and repositories.
import { createAccount } from "../../src/modules/identity/accounts.service.ts";
import {
  addNetworkOrganisation,
  addNetworkRole,
  insertNetwork,
} from "../../src/modules/identity/networks.repo.ts";
import { addOrganisationMember, insertOrganisation } from "../../src/modules/identity/organisations.repo.ts";
import { startSession } from "../../src/modules/identity/sessions.service.ts";
import type { NetworkRole, OrganisationType } from "../../src/modules/identity/tables.ts";
import { createApiToken } from "../../src/modules/identity/tokens.service.ts";
import { COOKIE } from "../../src/platform/http/cookies.ts";
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
  await insertOrganisation(t.deps.db, {
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
  await insertNetwork(t.deps.db, {
    id,
    slug,
    name: o.name ?? `Rete ${n}`,
    description: o.description ?? null,
    website: null,
  });
  return { id, slug };
}

export async function addToNetwork(t: TestRuntime, networkId: string, accountId: string, role: NetworkRole) {
  await addNetworkRole(t.deps.db, networkId, accountId, role);
}

export async function joinOrganisation(
  t: TestRuntime,
  organisationId: string,
  accountId: string,
  role: "manager" | "member" = "member",
  networkId?: string,
) {
  await addOrganisationMember(t.deps.db, { organisationId, accountId, role, status: "confirmed" });
  if (networkId) await addNetworkOrganisation(t.deps.db, networkId, organisationId);
}

/** A Client already signed in as the account (a real session row and cookie). */
export async function signedIn(t: TestRuntime, accountId: string): Promise<Client> {
  const token = await startSession(t.deps, accountId, "vitest");
  const client = new Client(t);
  client.cookies.set(COOKIE.session, token);
  return client;
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
