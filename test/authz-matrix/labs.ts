// Writes of the labs module: labs, meetings, attendance, materials, cover, members, action plans,
// and the meetings API. Unless a row says otherwise the lab is the network's ("network"
// visibility): people outside the network — the lab participant included — do not see it (404).
// Managing meetings is for the network's coordinators and admins (and the lab's facilitators, none
// here); curating (cover, invitations, plans, deleting any material) also for its facilitators.
import { seedNetworkOrganisation } from "../../src/modules/identity/index.ts";
import {
  addAction,
  addGoal,
  addMaterial,
  addMember,
  addOrganisation,
  getPlan,
  inviteToLab,
  type Lab,
  register,
} from "../../src/modules/labs/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import { buildAccount, buildOrganisation } from "../helpers/factories.ts";
import { buildMeeting } from "../helpers/labs.ts";
import type { Fixtures, MatrixWorld, Statuses, WriteRow } from "../helpers/matrix.ts";
import type { TestRuntime } from "../helpers/runtime.ts";
import { unique } from "./unique.ts";

const meetingForm = (title: string) => ({
  title,
  kind: "tematico",
  mode: "in-person",
  venue: "Sala consiliare",
  startsAt: "2031-05-10T10:00",
  endsAt: "2031-05-10T12:00",
  timeZone: "Europe/Rome",
  waitlist: "on",
  visibility: "network",
});

//                                       anon admin coord facil comm   pa  memb oCoor oMemb guest labP
const MANAGE: Statuses = /*            */ [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404];
const CURATE: Statuses = /*            */ [303, 303, 303, 303, 403, 403, 403, 404, 404, 303, 404];

export function labWrites(w: MatrixWorld): WriteRow[] {
  const lab = w.labs.network!;
  const meetingIn = async (t: TestRuntime, l: Lab = lab) => {
    const m = await buildMeeting(t, l, { visibility: l.visibility });
    return { meetingSlug: m.slug, meetingId: m.id };
  };
  const base = (f: Fixtures) => `/labs/${f.labNetworkSlug}/meetings/${f.meetingSlug}`;
  const planBase = (f: Fixtures) => `/labs/${f.labNetworkSlug}/plans/${f.planSlug}`;
  const plan = (t: TestRuntime, f: Fixtures) => getPlan(t.deps, SYSTEM, lab, f.planSlug!);
  //                                                     anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  return [
    // Labs and meetings.
    {
      route: "POST /networks/:slug/labs",
      send: (f) => ({
        path: `/networks/${f.netSlug}/labs`,
        form: { title: `Laboratorio ${f.uniq}`, theme: "Prove", visibility: "network" },
      }),
      fresh: async () => ({ uniq: unique() }),
      expect: MANAGE,
    },
    {
      route: "POST /labs/:slug/meetings",
      send: (f) => ({ path: `/labs/${f.labNetworkSlug}/meetings`, form: meetingForm(`Incontro ${f.uniq}`) }),
      fresh: async () => ({ uniq: unique() }),
      expect: MANAGE,
    },
    {
      route: "POST /labs/:slug/meetings/:meetingSlug/edit",
      send: (f) => ({ path: `${base(f)}/edit`, form: meetingForm("Incontro modificato") }),
      fresh: (t) => meetingIn(t),
      expect: MANAGE,
    },
    {
      route: "POST /labs/:slug/meetings/:meetingSlug/cancel-meeting",
      send: (f) => ({ path: `${base(f)}/cancel-meeting`, form: {} }),
      fresh: (t) => meetingIn(t),
      expect: MANAGE,
    },
    {
      // Registering someone else (the keeper, who sees the lab): the list again, with them on it.
      route: "POST /labs/:slug/meetings/:meetingSlug/registrations",
      send: (f) => ({ path: `${base(f)}/registrations`, form: { email: w.keeper.email } }),
      fresh: (t) => meetingIn(t),
      expect: [303, 200, 200, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      // Before the meeting starts, closing it is refused with a message (a redirect back).
      route: "POST /labs/:slug/meetings/:meetingSlug/close",
      send: (f) => ({ path: `${base(f)}/close`, form: {} }),
      fresh: (t) => meetingIn(t),
      expect: MANAGE,
    },
    {
      route: "POST /labs/:slug/meetings/:meetingSlug/check-in",
      send: (f) => ({ path: `${base(f)}/check-in`, form: { code: f.code! } }),
      fresh: async (t) => {
        const m = await meetingIn(t);
        const { code } = await register(t.deps, w.keeper.actor, m.meetingId);
        return { ...m, code };
      },
      expect: [303, 200, 200, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      route: "POST /labs/:slug/meetings/:meetingSlug/minutes",
      send: (f) => ({ path: `${base(f)}/minutes`, form: { minutes: "Decisioni prese.", baseVersion: "0" } }),
      fresh: (t) => meetingIn(t),
      expect: MANAGE,
    },
    // Registering for a meeting: whoever sees it (its lab's visibility and its own).
    ...(
      [
        ["public", [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303]],
        ["network", [303, 303, 303, 303, 303, 303, 303, 404, 404, 303, 404]],
        ["pa", [303, 303, 303, 404, 404, 303, 404, 404, 404, 303, 404]],
        ["participants", [303, 303, 303, 404, 404, 404, 404, 404, 404, 303, 303]],
      ] as const
    ).map(
      ([v, expect]): WriteRow => ({
        route: "POST /labs/:slug/meetings/:meetingSlug/register",
        on: `a ${v} lab`,
        send: (f) => ({ path: `/labs/${f.labSlug}/meetings/${f.meetingSlug}/register`, form: {} }),
        fresh: async (t) => ({ labSlug: w.labs[v]!.slug, ...(await meetingIn(t, w.labs[v]!)) }),
        expect: [...expect],
      }),
    ),
    {
      // Cancelling one's registration (made just before, where they may register).
      route: "POST /labs/:slug/meetings/:meetingSlug/cancel",
      send: (f) => ({ path: `${base(f)}/cancel`, form: {} }),
      fresh: async (t, _f, who) => {
        const m = await meetingIn(t);
        const person = who.accountId ? w.actors.get(who.role) : undefined;
        if (person) await register(t.deps, person, m.meetingId).catch(() => undefined);
        return m;
      },
      expect: [303, 303, 303, 303, 303, 303, 303, 404, 404, 303, 404],
    },
    // Materials: the lab's members and curators add them; curators tag, feature, hide or delete.
    ...(
      [
        ["network", CURATE],
        ["participants", [303, 303, 303, 404, 404, 404, 404, 404, 404, 303, 303]],
      ] as const
    ).map(
      ([v, expect]): WriteRow => ({
        route: "POST /labs/:slug/materials",
        on: `a ${v} lab`,
        send: () => ({
          path: `/labs/${w.labs[v]!.slug}/materials`,
          form: { kind: "link", title: "Un link", url: "https://example.org/risorsa" },
        }),
        expect: [...expect],
      }),
    ),
    {
      route: "POST /labs/:slug/materials/:id/delete",
      send: (f) => ({ path: `/labs/${f.labNetworkSlug}/materials/${f.materialId}/delete`, form: {} }),
      fresh: async (t) => {
        const m = await addMaterial(
          t.deps,
          SYSTEM,
          lab,
          { kind: "link", title: "Da eliminare", description: "", url: "https://example.org/x" },
          "Prova",
        );
        return { materialId: m.id };
      },
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/materials/:id/curate",
      send: (f) => ({
        path: `/labs/${f.labNetworkSlug}/materials/${f.materialId}/curate`,
        form: { tags: "prova", featured: "on" },
      }),
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/cover",
      send: (f) => ({ path: `/labs/${f.labNetworkSlug}/cover`, form: { alt: "", remove: "on" } }),
      expect: CURATE,
    },
    // Members of the lab.
    {
      route: "POST /labs/:slug/members/invitations",
      send: (f) => ({
        path: `/labs/${f.labNetworkSlug}/members/invitations`,
        form: { email: `lab-${f.uniq}@example.org`, role: "member", organisationId: "" },
      }),
      fresh: async () => ({ uniq: unique() }),
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/members/organisations",
      send: (f) => ({
        path: `/labs/${f.labNetworkSlug}/members/organisations`,
        form: { addOrganisationId: f.orgId! },
      }),
      fresh: async (t, f) => {
        const org = await buildOrganisation(t);
        await seedNetworkOrganisation(t.deps, f.netId!, org.id, "accepted");
        return { orgId: org.id };
      },
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/members/invitations/:id/revoke",
      send: (f) => ({
        path: `/labs/${f.labNetworkSlug}/members/invitations/${f.labInvitationId}/revoke`,
        form: {},
      }),
      fresh: async (t) => {
        const email = `revoca-lab-${unique()}@example.org`;
        await inviteToLab(t.deps, SYSTEM, lab, { email, role: "member", organisationId: "" }, "it", "Prova");
        const { rows } = await t.deps.pool.query("select id from invitations where email = $1", [email]);
        return { labInvitationId: rows[0].id };
      },
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/members/people/:id/remove",
      send: (f) => ({ path: `/labs/${f.labNetworkSlug}/members/people/${f.personId}/remove`, form: {} }),
      fresh: async (t) => {
        const a = await buildAccount(t);
        await addMember(t.deps, lab.id, a.id, "member");
        return { personId: a.id };
      },
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/members/organisations/:id/remove",
      send: (f) => ({ path: `/labs/${f.labNetworkSlug}/members/organisations/${f.orgId}/remove`, form: {} }),
      fresh: async (t) => {
        const org = await buildOrganisation(t);
        await addOrganisation(t.deps, lab.id, org.id);
        return { orgId: org.id };
      },
      expect: CURATE,
    },
    // Action plans: curators (and managers of an organisation in the lab, for its own plan).
    {
      route: "POST /labs/:slug/plans",
      send: (f) => ({ path: `/labs/${f.labNetworkSlug}/plans`, form: { title: `Piano ${f.uniq}` } }),
      fresh: async () => ({ uniq: unique() }),
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/plans/:plan/goals",
      send: (f) => ({ path: `${planBase(f)}/goals`, form: { title: "Un obiettivo" } }),
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/plans/:plan/goals/:goal/actions",
      send: (f) => ({
        path: `${planBase(f)}/goals/${f.goalId}/actions`,
        form: { title: "Un'azione", status: "planned" },
      }),
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/plans/:plan/actions/:action",
      send: (f) => ({
        path: `${planBase(f)}/actions/${f.actionId}`,
        form: { title: "Azione", status: "in-progress" },
      }),
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/plans/:plan/goals/:goal/delete",
      send: (f) => ({ path: `${planBase(f)}/goals/${f.freshGoalId}/delete`, form: {} }),
      fresh: async (t, f) => ({
        freshGoalId: await addGoal(t.deps, SYSTEM, lab, await plan(t, f), { title: "Da eliminare" }),
      }),
      expect: CURATE,
    },
    {
      route: "POST /labs/:slug/plans/:plan/actions/:action/delete",
      send: (f) => ({ path: `${planBase(f)}/actions/${f.freshActionId}/delete`, form: {} }),
      fresh: async (t, f) => ({
        freshActionId: await addAction(t.deps, SYSTEM, lab, await plan(t, f), f.goalId!, {
          title: "Da eliminare",
          status: "planned",
        }),
      }),
      expect: CURATE,
    },
    // The API: registering for a meeting by its id, as on its page; then leaving it.
    ...(
      [
        ["public", [401, 201, 201, 201, 201, 201, 201, 201, 201, 401, 201]],
        ["network", [401, 201, 201, 201, 201, 201, 201, 404, 404, 401, 404]],
        ["pa", [401, 201, 201, 404, 404, 201, 404, 404, 404, 401, 404]],
        ["participants", [401, 201, 201, 404, 404, 404, 404, 404, 404, 401, 201]],
      ] as const
    ).map(
      ([v, expect]): WriteRow => ({
        route: "POST /api/v1/meetings/:id/registrations",
        on: `a ${v} lab`,
        send: (f) => ({ path: `/api/v1/meetings/${f.meetingId}/registrations`, json: {} }),
        fresh: (t) => meetingIn(t, w.labs[v]!),
        expect: [...expect],
      }),
    ),
    {
      route: "DELETE /api/v1/meetings/:id/registrations/me",
      send: (f) => ({ path: `/api/v1/meetings/${f.meetingId}/registrations/me`, method: "DELETE" }),
      fresh: async (t, _f, who) => {
        const m = await meetingIn(t);
        const person = who.accountId ? w.actors.get(who.role) : undefined;
        if (person) await register(t.deps, person, m.meetingId).catch(() => undefined);
        return m;
      },
      expect: [401, 204, 204, 204, 204, 204, 204, 404, 404, 401, 404],
    },
  ];
}

/** Answers to lab invitations addressed to the role's own email: last, as they add lab members. */
export function labLastWrites(w: MatrixWorld): WriteRow[] {
  const lab = w.labs.network!;
  //                                                     anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  const invited = async (t: TestRuntime, email: string) => {
    const { id, token } = await inviteToLab(
      t.deps,
      SYSTEM,
      lab,
      { email, role: "member", organisationId: "" },
      "it",
      "Prova",
    );
    return { labInvitationToken: token, labInvitationId: id };
  };
  return [
    ...(["decline", "accept"] as const).map(
      (answer): WriteRow => ({
        route: `POST /lab-invitations/:token/${answer}`,
        on: "an invitation to the role's own address",
        send: (f) => ({ path: `/lab-invitations/${f.labInvitationToken}/${answer}`, form: {} }),
        fresh: (t, _f, who) => invited(t, who.email ?? `nessuno-${unique()}@example.org`),
        expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
      }),
    ),
    // The same answers from the person's own area (/me), by id; another address's is refused.
    ...(["decline", "accept"] as const).map(
      (answer): WriteRow => ({
        route: `POST /me/lab-invitations/:id/${answer}`,
        on: "an invitation to the role's own address",
        send: (f) => ({ path: `/me/lab-invitations/${f.labInvitationId}/${answer}`, form: {} }),
        fresh: (t, _f, who) => invited(t, who.email ?? `nessuno-${unique()}@example.org`),
        expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
      }),
    ),
    ...(["decline", "accept"] as const).map(
      (answer): WriteRow => ({
        route: `POST /me/lab-invitations/:id/${answer}`,
        on: "an invitation to another address",
        send: (f) => ({ path: `/me/lab-invitations/${f.labInvitationId}/${answer}`, form: {} }),
        fresh: (t) => invited(t, `nessuno-${unique()}@example.org`),
        expect: [303, 403, 403, 403, 403, 403, 403, 403, 403, 303, 403],
      }),
    ),
  ];
}
