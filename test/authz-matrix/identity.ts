// Writes of the identity module: organisations, networks, admin, account, sign-in flows, and the
// network API. Statuses by hand: 303 = done (or, for anonymous people and guests, sent to sign in);
// 403 = may see it but not do it; 404 = not visible to them; forms that answer with a page say 200.
import {
  createApiToken,
  invite,
  seedNetworkOrganisation,
  seedOrganisationMember,
} from "../../src/modules/identity/index.ts";
import { hashToken } from "../../src/platform/ids.ts";
import {
  addToNetwork,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  TEST_PASSWORD,
} from "../helpers/factories.ts";
import { type Fixtures, type MatrixWorld, mailed, type WriteRow } from "../helpers/matrix.ts";
import type { TestRuntime } from "../helpers/runtime.ts";
import { unique } from "./unique.ts";

/** A person who asked to join the PA organisation (pending), for its manager to decide on. */
const pendingJoiner = async (t: TestRuntime, f: Fixtures): Promise<Fixtures> => {
  const a = await buildAccount(t);
  await seedOrganisationMember(t.deps, {
    organisationId: f.paOrgId!,
    accountId: a.id,
    role: "member",
    status: "pending",
  });
  return { personId: a.id };
};

export function identityWrites(w: MatrixWorld): WriteRow[] {
  const keeper = w.keeper;
  //                                                     anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  return [
    // Organisations: anyone verified creates one; its managers and admins edit it and decide on
    // who joins (none of these roles manages the PA organisation); the PA flag is for coordinators
    // of a network it belongs to, and admins — never self-declared.
    {
      route: "POST /organisations",
      send: (f) => ({
        path: "/organisations",
        form: { name: `Ente ${f.uniq}`, type: "municipality", country: "IT", city: "Roma", website: "" },
      }),
      fresh: async () => ({ uniq: unique() }),
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    {
      route: "POST /organisations/:slug/edit",
      send: (f) => ({
        path: `/organisations/${f.paOrgSlug}/edit`,
        form: { name: "Comune PA della matrice", type: "municipality", country: "IT", city: "Roma" },
      }),
      expect: [303, 303, 403, 403, 403, 403, 403, 403, 403, 303, 403],
    },
    {
      route: "POST /organisations/:slug/join",
      send: (f) => ({ path: `/organisations/${f.paOrgSlug}/join`, form: {} }),
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    ...(["confirm", "reject"] as const).map(
      (d): WriteRow => ({
        route: `POST /organisations/:slug/members/:accountId/${d}`,
        send: (f) => ({ path: `/organisations/${f.paOrgSlug}/members/${f.personId}/${d}`, form: {} }),
        fresh: (t, f) => pendingJoiner(t, f),
        expect: [303, 303, 403, 403, 403, 403, 403, 403, 403, 303, 403],
      }),
    ),
    {
      route: "POST /organisations/:slug/pa",
      send: (f) => ({ path: `/organisations/${f.paOrgSlug}/pa`, form: { isPa: "true" } }),
      // Only platform admins set the flag (decision 0012): a coordinator could otherwise widen
      // PA-only content of every network the organisation belongs to.
      expect: [303, 303, 403, 403, 403, 403, 403, 403, 403, 303, 403],
    },
    // A network asks the PA organisation to join: only its managers (none of these roles) and
    // admins answer (decision 0012).
    ...(["accept", "decline"] as const).map(
      (d): WriteRow => ({
        route: `POST /organisations/:slug/networks/:networkId/${d}`,
        send: (f) => ({ path: `/organisations/${f.paOrgSlug}/networks/${f.askingNetworkId}/${d}`, form: {} }),
        fresh: async (t, f) => {
          const asking = await buildNetwork(t, { name: `Rete richiedente ${unique()}` });
          await seedNetworkOrganisation(t.deps, asking.id, f.paOrgId!, "pending");
          return { askingNetworkId: asking.id };
        },
        expect: [303, 303, 403, 403, 403, 403, 403, 403, 403, 303, 403],
      }),
    ),
    // Network management: its coordinators and admins; other members 403; outsiders 404.
    {
      route: "POST /networks/:slug/organisations",
      send: (f) => ({ path: `/networks/${f.netSlug}/organisations`, form: { organisationId: f.orgId! } }),
      fresh: async (t) => ({ orgId: (await buildOrganisation(t)).id }),
      expect: [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      route: "POST /networks/:slug/organisations/:orgId/remove",
      send: (f) => ({ path: `/networks/${f.netSlug}/organisations/${f.orgId}/remove`, form: {} }),
      fresh: async (t, f) => {
        const org = await buildOrganisation(t);
        await seedNetworkOrganisation(t.deps, f.netId!, org.id, "accepted");
        return { orgId: org.id };
      },
      expect: [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      route: "POST /networks/:slug/people/:accountId/roles",
      send: (f) => ({
        path: `/networks/${f.netSlug}/people/${f.personId}/roles`,
        form: { roles: "communicator" },
      }),
      fresh: (t, f) => networkPerson(t, f),
      expect: [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      route: "POST /networks/:slug/people/:accountId/remove",
      send: (f) => ({ path: `/networks/${f.netSlug}/people/${f.personId}/remove`, form: {} }),
      fresh: (t, f) => networkPerson(t, f),
      expect: [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      route: "POST /networks/:slug/invitations",
      send: (f) => ({
        path: `/networks/${f.netSlug}/invitations`,
        form: { email: `invito-${f.uniq}@example.org`, role: "member" },
      }),
      fresh: async () => ({ uniq: unique() }),
      expect: [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      route: "POST /networks/:slug/invitations/:id/revoke",
      send: (f) => ({ path: `/networks/${f.netSlug}/invitations/${f.invitationId}/revoke`, form: {} }),
      fresh: async (t, f) => {
        const { id } = await invite(
          t.deps,
          keeper.actor,
          { id: f.netId!, slug: f.netSlug!, name: "Rete" } as Parameters<typeof invite>[2],
          { email: `revoca-${unique()}@example.org`, role: "member" },
          "it",
        );
        return { invitationId: id };
      },
      expect: [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    // Platform administration: admins only.
    {
      route: "POST /admin/networks",
      send: (f) => ({ path: "/admin/networks", form: { name: `Rete ${f.uniq}`, slug: "", description: "" } }),
      fresh: async () => ({ uniq: unique() }),
      expect: [303, 303, 403, 403, 403, 403, 403, 403, 403, 303, 403],
    },
    {
      route: "POST /admin/accounts/:id/admin",
      send: (f) => ({ path: `/admin/accounts/${f.personId}/admin`, form: { isAdmin: "true" } }),
      fresh: async (t) => ({ personId: (await buildAccount(t)).id }),
      expect: [303, 303, 403, 403, 403, 403, 403, 403, 403, 303, 403],
    },
    // Sign-in, sign-up and links: open to everyone; a made-up link token is a 400, an unknown
    // address gets the same "check your mail" page as a known one.
    {
      route: "POST /sign-in",
      send: () => ({ path: "/sign-in", form: { email: "nessuno@example.org", password: "sbagliata" } }),
      expect: [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
    },
    {
      route: "POST /sign-up",
      send: (f) => ({
        path: "/sign-up",
        form: {
          name: "Nuova Persona",
          email: `nuova-${f.uniq}@example.org`,
          password: TEST_PASSWORD,
          language: "it",
        },
      }),
      fresh: async () => ({ uniq: unique() }),
      // The page is not offered to people signed in, but the form works for them too ("check mail").
      expect: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    },
    ...["/verify-email", "/password/reset", "/sign-in/link/open", "/account/email/confirm"].map(
      (p): WriteRow => ({
        route: `POST ${p}`,
        send: () => ({ path: p, form: { token: "nope", password: "una password lunga abbastanza" } }),
        expect: [400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400],
      }),
    ),
    ...["/verify-email/resend", "/password/forgot", "/sign-in/link"].map(
      (p): WriteRow => ({
        route: `POST ${p}`,
        send: () => ({ path: p, form: { email: "nessuno@example.org" } }),
        expect: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
      }),
    ),
    // The account: one's own, for anyone signed in.
    {
      route: "POST /account",
      send: () => ({
        path: "/account",
        form: { name: "Persona della matrice", language: "it", photoAlt: "" },
      }),
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    {
      // A wrong current password: the form again (422), which only someone signed in reaches.
      route: "POST /account/password",
      send: () => ({
        path: "/account/password",
        form: { currentPassword: "sbagliata", newPassword: "una password nuova e lunga" },
      }),
      expect: [303, 422, 422, 422, 422, 422, 422, 422, 422, 303, 422],
    },
    {
      route: "POST /account/email",
      send: (f) => ({
        path: "/account/email",
        form: { email: `nuovo-${f.uniq}@example.org`, password: TEST_PASSWORD },
      }),
      fresh: async () => ({ uniq: unique() }),
      expect: [303, 200, 200, 200, 200, 200, 200, 200, 200, 303, 200],
    },
    {
      route: "POST /account/tokens",
      send: () => ({ path: "/account/tokens", form: { name: "Matrice" } }),
      expect: [303, 201, 201, 201, 201, 201, 201, 201, 201, 303, 201],
    },
    {
      route: "POST /account/tokens/:id/revoke",
      on: "one's own token",
      send: (f) => ({ path: `/account/tokens/${f.tokenId}/revoke`, form: {} }),
      fresh: async (t, _f, who) => {
        const { id } = await createApiToken(t.deps, who.accountId ?? keeper.id, "Da revocare");
        return { tokenId: id };
      },
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    {
      route: "POST /account/tokens/:id/revoke",
      on: "someone else's token",
      send: (f) => ({ path: `/account/tokens/${f.keeperTokenId}/revoke`, form: {} }),
      expect: [303, 404, 404, 404, 404, 404, 404, 404, 404, 303, 404],
    },
    {
      route: "POST /me/meetings/calendar/reset",
      send: () => ({ path: "/me/meetings/calendar/reset", form: {} }),
      // The new secret address is shown once, on the answer itself (only its hash is kept).
      expect: [303, 200, 200, 200, 200, 200, 200, 200, 200, 303, 200],
    },
    // The API (Bearer tokens; anonymous people and guests send none).
    {
      route: "POST /api/v1/networks/:id/invitations",
      send: (f) => ({
        path: `/api/v1/networks/${f.netId}/invitations`,
        json: { email: `api-${f.uniq}@example.org`, role: "member" },
      }),
      fresh: async () => ({ uniq: unique() }),
      expect: [401, 201, 201, 403, 403, 403, 403, 403, 403, 401, 403],
    },
    {
      route: "POST /api/v1/live/tickets",
      send: () => ({ path: "/api/v1/live/tickets", json: {} }),
      // A ticket is not a resource with a URL: 200, for any token.
      expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 200],
    },
  ];
}

/** A member of the network who is none of the roles, for changing roles or removing. */
async function networkPerson(t: TestRuntime, f: Fixtures): Promise<Fixtures> {
  const a = await buildAccount(t);
  await addToNetwork(t, f.netId!, a.id, "member");
  return { personId: a.id };
}

/** The id of the invitation behind a mailed token (the own area answers by id). */
const invitationId = async (t: TestRuntime, f: { invitationToken: string }) => ({
  invitationId: (
    await t.deps.pool.query("select id from invitations where token_hash = $1", [
      hashToken(f.invitationToken),
    ])
  ).rows[0].id as string,
});

/**
 * Answers to invitations, and signing out: last, because they change who the roles are (an
 * accepted invitation makes its person a member) or end their sessions. Each invitation is
 * addressed to the role's own email (anonymous people get one for an address nobody has).
 */
export function identityLastWrites(w: MatrixWorld): WriteRow[] {
  const keeper = w.keeper;
  const invitation = async (t: TestRuntime, f: Fixtures, email: string | undefined) => {
    const to = email ?? `nessuno-${unique()}@example.org`;
    await invite(
      t.deps,
      keeper.actor,
      { id: f.netId!, slug: f.netSlug!, name: "Rete" } as Parameters<typeof invite>[2],
      { email: to, role: "member" },
      "it",
    );
    return { invitationToken: await mailed(t, to, /\/invitations\/([\w-]+)/) };
  };
  //                                                     anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  return [
    ...(["decline", "accept"] as const).map(
      (answer): WriteRow => ({
        route: `POST /invitations/:token/${answer}`,
        on: "an invitation to the role's own address",
        send: (f) => ({ path: `/invitations/${f.invitationToken}/${answer}`, form: {} }),
        fresh: (t, f, who) => invitation(t, f, who.email),
        expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
      }),
    ),
    // Someone else's invitation (a forwarded link): only its invitee answers it (issue 11, item 3).
    ...(["decline", "accept"] as const).map(
      (answer): WriteRow => ({
        route: `POST /invitations/:token/${answer}`,
        on: "an invitation to another address",
        send: (f) => ({ path: `/invitations/${f.invitationToken}/${answer}`, form: {} }),
        fresh: (t, f) => invitation(t, f, undefined),
        expect: [303, 403, 403, 403, 403, 403, 403, 403, 403, 303, 403],
      }),
    ),
    // The same answers from the person's own area (/me), by the invitation's id.
    ...(["decline", "accept"] as const).map(
      (answer): WriteRow => ({
        route: `POST /me/invitations/:id/${answer}`,
        on: "an invitation to the role's own address",
        send: (f) => ({ path: `/me/invitations/${f.invitationId}/${answer}`, form: {} }),
        fresh: async (t, f, who) => invitationId(t, await invitation(t, f, who.email)),
        expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
      }),
    ),
    ...(["decline", "accept"] as const).map(
      (answer): WriteRow => ({
        route: `POST /me/invitations/:id/${answer}`,
        on: "an invitation to another address",
        send: (f) => ({ path: `/me/invitations/${f.invitationId}/${answer}`, form: {} }),
        fresh: async (t, f) => invitationId(t, await invitation(t, f, undefined)),
        expect: [303, 403, 403, 403, 403, 403, 403, 403, 403, 303, 403],
      }),
    ),
    {
      route: "POST /invitations/switch-account",
      send: () => ({ path: "/invitations/switch-account", form: { next: "/" } }),
      ownSession: true,
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    // Without OIDC_* configured the confirmation link does not exist.
    {
      route: "POST /sign-in/oidc/link",
      send: () => ({ path: "/sign-in/oidc/link", form: { token: "x" } }),
      expect: [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      route: "POST /account/sign-out-everywhere",
      send: () => ({ path: "/account/sign-out-everywhere", form: {} }),
      ownSession: true,
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    {
      route: "POST /sign-out",
      send: () => ({ path: "/sign-out", form: {} }),
      ownSession: true,
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
  ];
}
