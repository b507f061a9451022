// The authorisation matrix (CONVENTIONS "Tests"): every GET route of the app with the status each
// role gets, written by hand — not derived from the policy. A route the app has but this table lacks
// fails the test, and so does a row for a route the app no longer has. Writes (POST, PUT, PATCH,
// DELETE) and reading pa and participants content have their own tables: authz-matrix.writes.test.ts.
// 303 = sent to sign in; 403 = may see it but not do it; 404 = not visible (or does not exist).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../src/modules/identity/index.ts";
import { barChartPng, storeMedia } from "../src/modules/practices/index.ts";
import { newId } from "../src/platform/ids.ts";
import { buildSessionIn } from "./helpers/boards.ts";
import type { Client } from "./helpers/client.ts";
import { conferenceFixtures } from "./helpers/conferences.ts";
import {
  actorFor,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
  type Role,
} from "./helpers/factories.ts";
import { buildCall } from "./helpers/funding.ts";
import { jobsSettled } from "./helpers/jobs.ts";
import { buildLabExtras } from "./helpers/lab-extras.ts";
import { buildLab, buildMeeting } from "./helpers/labs.ts";
import { buildCourse } from "./helpers/learning.ts";
import { buildPractice } from "./helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "./helpers/runtime.ts";

const ROLES: Role[] = [
  "anonymous",
  "member",
  "facilitator",
  "communicator",
  "coordinator",
  "other-coordinator",
  "admin",
];

type Fixtures = Record<string, string>;
type Row = {
  /** The route as Hono lists it. */
  route: string;
  /** The URL to request, with fixtures filled in. */
  url: (f: Fixtures) => string;
  /** Statuses in the order of ROLES. */
  expect: [number, number, number, number, number, number, number];
};

//                                                               anon  memb  faci  comm  coord other admin
const MATRIX: Row[] = [
  // Instance pages
  { route: "/", url: () => "/", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "/accessibility", url: () => "/accessibility", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "/privacy", url: () => "/privacy", expect: [200, 200, 200, 200, 200, 200, 200] },
  // Sign-in, sign-up and account (other helpers' routes, as they behave when this table was written).
  // A link page with a bad token is a 400 for everyone; signed-in people are sent away from sign-up.
  { route: "/sign-in", url: () => "/sign-in", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "/sign-in/oidc", url: () => "/sign-in/oidc", expect: [404, 404, 404, 404, 404, 404, 404] },
  {
    route: "/sign-in/oidc/link",
    url: () => "/sign-in/oidc/link?token=x",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  {
    route: "/sign-in/oidc/callback",
    url: () => "/sign-in/oidc/callback",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  { route: "/sign-up", url: () => "/sign-up", expect: [200, 303, 303, 303, 303, 303, 303] },
  {
    route: "/verify-email",
    url: () => "/verify-email?token=nope",
    expect: [400, 400, 400, 400, 400, 400, 400],
  },
  {
    route: "/verify-email/resend",
    url: () => "/verify-email/resend",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/password/forgot", url: () => "/password/forgot", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/password/reset",
    url: () => "/password/reset?token=nope",
    expect: [400, 400, 400, 400, 400, 400, 400],
  },
  { route: "/sign-in/link", url: () => "/sign-in/link", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/sign-in/link/open",
    url: () => "/sign-in/link/open?token=nope",
    expect: [400, 400, 400, 400, 400, 400, 400],
  },
  {
    route: "/account/email/confirm",
    url: () => "/account/email/confirm?token=nope",
    expect: [400, 400, 400, 400, 400, 400, 400],
  },
  { route: "/account", url: () => "/account", expect: [303, 200, 200, 200, 200, 200, 200] },
  { route: "/account/password", url: () => "/account/password", expect: [303, 200, 200, 200, 200, 200, 200] },
  { route: "/account/email", url: () => "/account/email", expect: [303, 200, 200, 200, 200, 200, 200] },
  { route: "/account/tokens", url: () => "/account/tokens", expect: [303, 200, 200, 200, 200, 200, 200] },
  {
    route: "/files/photos/:name{[0-9a-f-]+\\.(png|jpg|webp|gif)}",
    url: () => "/files/photos/0000-missing.png",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  // Organisations
  {
    route: "/files/logos/:name",
    url: (f) => `/files/${f.logoKey}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/organisations", url: () => "/organisations", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/organisations/new",
    url: () => "/organisations/new",
    expect: [303, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/organisations/:slug",
    url: (f) => `/organisations/${f.orgSlug}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/organisations/:slug/edit",
    url: (f) => `/organisations/${f.orgSlug}/edit`,
    expect: [303, 403, 403, 403, 403, 403, 200],
  },
  // Networks
  { route: "/networks", url: () => "/networks", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/networks/:slug",
    url: (f) => `/networks/${f.netSlug}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/networks/:slug/manage",
    url: (f) => `/networks/${f.netSlug}/manage`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/networks/:slug/audit",
    url: (f) => `/networks/${f.netSlug}/audit`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/invitations/:token",
    url: (f) => `/invitations/${f.invitationToken}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  // Admin
  { route: "/admin", url: () => "/admin", expect: [303, 403, 403, 403, 403, 403, 200] },
  { route: "/admin/audit", url: () => "/admin/audit", expect: [303, 403, 403, 403, 403, 403, 200] },
  // API (Bearer tokens; anonymous sends none)
  {
    route: "/api/v1/openapi.json",
    url: () => "/api/v1/openapi.json",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/api/v1/me", url: () => "/api/v1/me", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "/api/v1/me/notifications",
    url: () => "/api/v1/me/notifications",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/api/v1/organisations",
    url: () => "/api/v1/organisations",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/api/v1/organisations/:id",
    url: (f) => `/api/v1/organisations/${f.orgId}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/api/v1/networks", url: () => "/api/v1/networks", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/api/v1/networks/:id",
    url: (f) => `/api/v1/networks/${f.netId}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/api/v1/networks/:id/invitations/:invitationId",
    url: (f) => `/api/v1/networks/${f.netId}/invitations/${f.invitationId}`,
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  { route: "/api/v1/practices", url: () => "/api/v1/practices", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/api/v1/practices/:id",
    url: (f) => `/api/v1/practices/${f.practiceId}`, // visible to the network's members only
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  // Catalogue pages: the practice (and its image) is visible to the network's members only.
  { route: "/practices", url: () => "/practices", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/practices/:slug",
    url: (f) => `/practices/${f.practiceSlug}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/practices/:slug/media/:id",
    url: (f) => `/practices/${f.practiceSlug}/media/${f.practiceMediaId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  // Report a project, moderation, comments and flags (src/modules/practices/workflow.routes.tsx).
  // The submitted fixture waits for moderation in the network: its coordinators and admins see it.
  { route: "/practices/new", url: () => "/practices/new", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/practices/new/sent",
    url: () => "/practices/new/sent",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/practices/status", url: () => "/practices/status", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/practices/submissions/edit",
    url: () => "/practices/submissions/edit?token=nope",
    expect: [400, 400, 400, 400, 400, 400, 400],
  },
  {
    route: "/practices/submissions/:id/edit",
    url: (f) => `/practices/submissions/${f.submittedPracticeId}/edit`, // only its own submitter edits
    expect: [303, 404, 404, 404, 404, 404, 404],
  },
  {
    route: "/practices/moderation",
    url: () => "/practices/moderation",
    expect: [303, 403, 403, 403, 200, 200, 200],
  },
  {
    route: "/practices/moderation/:id",
    url: (f) => `/practices/moderation/${f.submittedPracticeId}`,
    expect: [303, 404, 404, 404, 200, 404, 200],
  },
  // Editing a published practice and its history: who moderates it (its network's coordinators, admins).
  {
    route: "/practices/:slug/edit",
    url: (f) => `/practices/${f.practiceSlug}/edit`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/practices/:slug/history",
    url: (f) => `/practices/${f.practiceSlug}/history`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/practices/:slug/comments",
    url: (f) => `/practices/${f.practiceSlug}/comments`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/practices/:slug/flag",
    url: (f) => `/practices/${f.practiceSlug}/flag`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  // Labs and meetings: the fixtures are visible to the network's members only.
  { route: "/labs", url: () => "/labs", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/networks/:slug/labs/new",
    url: (f) => `/networks/${f.netSlug}/labs/new`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  { route: "/labs/:slug", url: (f) => `/labs/${f.labSlug}`, expect: [404, 200, 200, 200, 200, 404, 200] },
  {
    route: "/labs/:slug/calendar.ics",
    url: (f) => `/labs/${f.labSlug}/calendar.ics`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/labs/:slug/meetings/new",
    url: (f) => `/labs/${f.labSlug}/meetings/new`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/meetings/:meetingSlug",
    url: (f) => `/labs/${f.labSlug}/meetings/${f.meetingSlug}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/labs/:slug/meetings/:meetingSlug/edit",
    url: (f) => `/labs/${f.labSlug}/meetings/${f.meetingSlug}/edit`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/meetings/:meetingSlug/registrations",
    url: (f) => `/labs/${f.labSlug}/meetings/${f.meetingSlug}/registrations`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/meetings/:meetingSlug/check-in",
    url: (f) => `/labs/${f.labSlug}/meetings/${f.meetingSlug}/check-in`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/meetings/:meetingSlug/minutes",
    url: (f) => `/labs/${f.labSlug}/meetings/${f.meetingSlug}/minutes`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/meetings/:meetingSlug/calendar.ics",
    url: (f) => `/labs/${f.labSlug}/meetings/${f.meetingSlug}/calendar.ics`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  // Board sessions: one of the network's, made by a coordinator who is none of these people (so
  // nobody here has joined it): network members see it and may join; the join link is for anyone.
  {
    route: "/networks/:slug/boards",
    url: (f) => `/networks/${f.netSlug}/boards`,
    expect: [303, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/networks/:slug/boards/new",
    url: (f) => `/networks/${f.netSlug}/boards/new`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  // The network's saved session templates: for whoever may create sessions there.
  {
    route: "/networks/:slug/boards/templates",
    url: (f) => `/networks/${f.netSlug}/boards/templates`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  // "Sessioni partecipative" from the main navigation: the signed-in person's own networks.
  { route: "/boards", url: () => "/boards", expect: [303, 200, 200, 200, 200, 200, 200] },
  // Signed out, every /boards/:id page sends to sign-in first, whatever the session (boards'
  // guard.routes.ts): the redirect reveals nothing; after it, the session's own rules answer.
  { route: "/boards/:id", url: (f) => `/boards/${f.boardId}`, expect: [303, 200, 200, 200, 200, 404, 200] },
  // The board's earlier export links redirect to the session's files (summary.*), which decide.
  ...(["md", "csv"] as const).map(
    (x): Row => ({
      route: `/boards/:id/export.${x}`,
      url: (f) => `/boards/${f.boardId}/export.${x}`,
      expect: [303, 301, 301, 301, 301, 301, 301],
    }),
  ),
  // "Close the session?": only for its facilitators (nobody here has joined it).
  {
    route: "/boards/:id/close",
    url: (f) => `/boards/${f.boardId}/close`,
    expect: [303, 404, 404, 404, 404, 404, 404],
  },
  {
    route: "/boards/join/:code",
    url: (f) => `/boards/join/${f.boardCode}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  // A session's outcomes (src/modules/boards/outcomes.routes.tsx): the summary of the open
  // fixture says "not yet"; files exist in every phase (checked here on the closed one); nobody here
  // facilitates it, so "promote" is refused (403) to those who may see it.
  {
    route: "/boards/:id/summary",
    url: (f) => `/boards/${f.boardId}/summary`,
    expect: [303, 200, 200, 200, 200, 404, 200],
  },
  ...(["md", "csv", "pdf"] as const).map(
    (x): Row => ({
      route: `/boards/:id/summary.${x}`,
      url: (f) => `/boards/${f.closedBoardId}/summary.${x}`,
      expect: [303, 200, 200, 200, 200, 404, 200],
    }),
  ),
  // Board sessions in the API: never public (401 without a token); the open fixture for the
  // network's members and admins; the templates for whoever may create sessions in the network.
  {
    route: "/api/v1/boards",
    url: (f) => `/api/v1/boards?network=${f.netId}`,
    expect: [401, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/api/v1/boards/:id",
    url: (f) => `/api/v1/boards/${f.boardId}`,
    expect: [401, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/api/v1/boards/:id/summary",
    url: (f) => `/api/v1/boards/${f.closedBoardId}/summary`,
    expect: [401, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/api/v1/board-templates",
    url: (f) => `/api/v1/board-templates?network=${f.netSlug}`,
    expect: [401, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/boards/:id/promote",
    url: (f) => `/boards/${f.closedBoardId}/promote?source=group:${f.closedBoardId}`,
    expect: [303, 403, 403, 403, 403, 404, 403],
  },
  // Calendars: the network feed shows each viewer what they may see (possibly nothing); the
  // personal feed answers only to its secret token (an unknown one is a 404 for everyone).
  {
    route: "/networks/:slug/meetings.ics",
    url: (f) => `/networks/${f.netSlug}/meetings.ics`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/me/meetings", url: () => "/me/meetings", expect: [303, 200, 200, 200, 200, 200, 200] },
  { route: "/me", url: () => "/me", expect: [303, 200, 200, 200, 200, 200, 200] },
  // Notifications: one's own list and preferences; an unsubscribe link's page (its token is the
  // credential: a token not made here is a 404 for everyone).
  { route: "/me/notifications", url: () => "/me/notifications", expect: [303, 200, 200, 200, 200, 200, 200] },
  {
    route: "/account/notifications",
    url: () => "/account/notifications",
    expect: [303, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/unsubscribe/:token",
    url: () => "/unsubscribe/not-a-token-made-here-000000",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  { route: "/account/meetings", url: () => "/account/meetings", expect: [303, 301, 301, 301, 301, 301, 301] },
  {
    route: "/calendar/:token/meetings.ics",
    url: () => "/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/meetings.ics",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  // Lab materials, cover, members and action plans (labs/policy.ts): curators are the network's
  // coordinators and facilitators; the fixture lab has no members, so only curators contribute.
  {
    route: "/labs/:slug/materials",
    url: (f) => `/labs/${f.labSlug}/materials`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/labs/:slug/materials/new",
    url: (f) => `/labs/${f.labSlug}/materials/new?kind=video`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/materials/:id",
    url: (f) => `/labs/${f.labSlug}/materials/${f.materialId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/labs/:slug/materials/:id/file",
    url: (f) => `/labs/${f.labSlug}/materials/${f.materialId}/file`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/labs/:slug/materials/:id/captions.vtt",
    url: (f) => `/labs/${f.labSlug}/materials/${f.materialId}/captions.vtt`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  // Deleting a material: curators, and whoever added it (the fixture was added by demo code, no one).
  {
    route: "/labs/:slug/materials/:id/delete",
    url: (f) => `/labs/${f.labSlug}/materials/${f.materialId}/delete`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/cover",
    url: (f) => `/labs/${f.labSlug}/cover`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/cover/:name{[0-9a-f-]+\\.(png|jpg|webp|gif)}",
    url: (f) => `/labs/${f.labSlug}/cover/${f.coverName}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/labs/:slug/members",
    url: (f) => `/labs/${f.labSlug}/members`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/lab-invitations/:token",
    url: (f) => `/lab-invitations/${f.labInvitationToken}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/labs/:slug/plans/new",
    url: (f) => `/labs/${f.labSlug}/plans/new`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/plans/:plan",
    url: (f) => `/labs/${f.labSlug}/plans/${f.planSlug}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/labs/:slug/plans/:plan/export.csv",
    url: (f) => `/labs/${f.labSlug}/plans/${f.planSlug}/export.csv`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/labs/:slug/plans/:plan/goals/new",
    url: (f) => `/labs/${f.labSlug}/plans/${f.planSlug}/goals/new`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/plans/:plan/goals/:goal/actions/new",
    url: (f) => `/labs/${f.labSlug}/plans/${f.planSlug}/goals/${f.goalId}/actions/new`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/plans/:plan/actions/:action/edit",
    url: (f) => `/labs/${f.labSlug}/plans/${f.planSlug}/actions/${f.actionId}/edit`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  // Deleting a goal (with its actions) or an action: whoever may edit the plan, after this page.
  {
    route: "/labs/:slug/plans/:plan/goals/:goal/delete",
    url: (f) => `/labs/${f.labSlug}/plans/${f.planSlug}/goals/${f.goalId}/delete`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/labs/:slug/plans/:plan/actions/:action/delete",
    url: (f) => `/labs/${f.labSlug}/plans/${f.planSlug}/actions/${f.actionId}/delete`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  { route: "/api/v1/labs", url: () => "/api/v1/labs", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/api/v1/labs/:id",
    url: (f) => `/api/v1/labs/${f.labId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  { route: "/api/v1/meetings", url: () => "/api/v1/meetings", expect: [200, 200, 200, 200, 200, 200, 200] },
  // Conferences are public, in the API as on their pages.
  {
    route: "/api/v1/conferences",
    url: () => "/api/v1/conferences",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/api/v1/conferences/:id",
    url: (f) => `/api/v1/conferences/${f.confId}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/api/v1/meetings/:id",
    url: (f) => `/api/v1/meetings/${f.meetingId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  // Open data and feeds: public data only, the same for everyone.
  { route: "/open-data", url: () => "/open-data", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/open-data/catalog.jsonld",
    url: () => "/open-data/catalog.jsonld",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/practices/feed.xml",
    url: () => "/practices/feed.xml",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/practices/rss.xml",
    url: () => "/practices/rss.xml",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/open-data/:network/practices.csv",
    url: (f) => `/open-data/${f.netSlug}/practices.csv`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/open-data/:network/practices.json",
    url: (f) => `/open-data/${f.netSlug}/practices.json`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/open-data/:network/practices.jsonld",
    url: (f) => `/open-data/${f.netSlug}/practices.jsonld`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/open-data/:network/funding.csv",
    url: (f) => `/open-data/${f.netSlug}/funding.csv`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/open-data/:network/funding.json",
    url: (f) => `/open-data/${f.netSlug}/funding.json`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/open-data/:network/funding.jsonld",
    url: (f) => `/open-data/${f.netSlug}/funding.jsonld`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/networks/:slug/practices/import",
    url: (f) => `/networks/${f.netSlug}/practices/import`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  // Conferences (src/modules/conferences/): public pages and programme; management for the
  // network's coordinators; the registrant's pages open with their secret link, whoever holds it.
  { route: "/conferences", url: () => "/conferences", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/conferences/registrations/confirm",
    url: () => "/conferences/registrations/confirm?token=nope",
    expect: [400, 400, 400, 400, 400, 400, 400],
  },
  {
    route: "/networks/:slug/conferences/new",
    url: (f) => `/networks/${f.netSlug}/conferences/new`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug",
    url: (f) => `/conferences/${f.confSlug}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/conferences/:slug/speakers/:id/photo",
    url: (f) => `/conferences/${f.confSlug}/speakers/${f.confSpeakerId}/photo`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/conferences/:slug/programme.ics",
    url: (f) => `/conferences/${f.confSlug}/programme.ics`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/conferences/:slug/edit",
    url: (f) => `/conferences/${f.confSlug}/edit`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/manage",
    url: (f) => `/conferences/${f.confSlug}/manage`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/shift",
    url: (f) => `/conferences/${f.confSlug}/shift`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/duplicate",
    url: (f) => `/conferences/${f.confSlug}/duplicate`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/tracks/new",
    url: (f) => `/conferences/${f.confSlug}/tracks/new`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/tracks/:id/edit",
    url: (f) => `/conferences/${f.confSlug}/tracks/${f.confTrackId}/edit`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/sessions/new",
    url: (f) => `/conferences/${f.confSlug}/sessions/new`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/sessions/:id/edit",
    url: (f) => `/conferences/${f.confSlug}/sessions/${f.confSessionId}/edit`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/speakers/new",
    url: (f) => `/conferences/${f.confSlug}/speakers/new`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/speakers/:id/edit",
    url: (f) => `/conferences/${f.confSlug}/speakers/${f.confSpeakerId}/edit`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/check-in",
    url: (f) => `/conferences/${f.confSlug}/check-in`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/conferences/:slug/me",
    url: (f) => `/conferences/${f.confSlug}/me?t=${f.confAccess}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/conferences/:slug/me/certificate.pdf",
    url: (f) => `/conferences/${f.confSlug}/me/certificate.pdf?t=${f.confAccess}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/certificates/:code",
    url: (f) => `/certificates/${f.certificateCode}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  // Funding calls: the fixture is visible to the network's members only.
  { route: "/funding", url: () => "/funding", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/funding/calendar.ics",
    url: () => "/funding/calendar.ics",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/networks/:slug/funding/new",
    url: (f) => `/networks/${f.netSlug}/funding/new`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/funding/:slug",
    url: (f) => `/funding/${f.callSlug}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/funding/:slug/edit",
    url: (f) => `/funding/${f.callSlug}/edit`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  // Learning: the fixture course is visible to the network's members; authoring is for its
  // coordinators and facilitators (others in the network 403, outsiders 404).
  { route: "/learning", url: () => "/learning", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "/learning/me", url: () => "/learning/me", expect: [303, 200, 200, 200, 200, 200, 200] },
  {
    route: "/learning/courses/:slug",
    url: (f) => `/learning/courses/${f.courseSlug}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/learning/courses/:slug/continue",
    url: (f) => `/learning/courses/${f.courseSlug}/continue`,
    expect: [303, 303, 303, 303, 303, 404, 303],
  },
  {
    route: "/learning/courses/:slug/lessons/:id",
    url: (f) => `/learning/courses/${f.courseSlug}/lessons/${f.courseQuizId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    // Nobody of the roles has an attempt: someone else's, or none, is a 404.
    route: "/learning/courses/:slug/lessons/:id/attempts/:n",
    url: (f) => `/learning/courses/${f.courseSlug}/lessons/${f.courseQuizId}/attempts/1`,
    expect: [303, 404, 404, 404, 404, 404, 404],
  },
  {
    route: "/networks/:slug/learning/new",
    url: (f) => `/networks/${f.netSlug}/learning/new`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  ...[
    ["/learning/courses/:slug/edit", (f: Fixtures) => `/learning/courses/${f.courseSlug}/edit`],
    ["/learning/courses/:slug/modules/new", (f: Fixtures) => `/learning/courses/${f.courseSlug}/modules/new`],
    [
      "/learning/courses/:slug/modules/:id/edit",
      (f: Fixtures) => `/learning/courses/${f.courseSlug}/modules/${f.courseModuleId}/edit`,
    ],
    ["/learning/courses/:slug/lessons/new", (f: Fixtures) => `/learning/courses/${f.courseSlug}/lessons/new`],
    [
      "/learning/courses/:slug/lessons/:id/edit",
      (f: Fixtures) => `/learning/courses/${f.courseSlug}/lessons/${f.courseQuizId}/edit`,
    ],
    [
      "/learning/courses/:slug/lessons/:id/questions/new",
      (f: Fixtures) => `/learning/courses/${f.courseSlug}/lessons/${f.courseQuizId}/questions/new`,
    ],
    [
      "/learning/courses/:slug/lessons/:id/questions/:qid/edit",
      (f: Fixtures) =>
        `/learning/courses/${f.courseSlug}/lessons/${f.courseQuizId}/questions/${f.courseQuestionId}/edit`,
    ],
  ].map(
    ([route, url]): Row => ({
      route: route as string,
      url: url as (f: Fixtures) => string,
      expect: [303, 403, 200, 403, 200, 404, 200],
    }),
  ),
  { route: "/api/v1/courses", url: () => "/api/v1/courses", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/api/v1/courses/:id",
    url: (f) => `/api/v1/courses/${f.courseId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/api/v1/me/enrolments",
    url: () => "/api/v1/me/enrolments",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/api/v1/quizzes/:id/attempts/:n",
    url: (f) => `/api/v1/quizzes/${f.courseQuizId}/attempts/1`,
    expect: [401, 404, 404, 404, 404, 404, 404],
  },
];

/** Routes that are not pages or API resources: static files, health and metrics. */
const IGNORED = [/^\/static\//, /^\/healthz$/, /^\/metrics$/];

let t: TestRuntime;
const fixtures: Fixtures = {};
const actors = new Map<Role, { client: Client; token: string | undefined }>();

beforeAll(async () => {
  t = await createTestRuntime();
  const net = await buildNetwork(t, { name: "Rete della matrice" });
  const org = await buildOrganisation(t, { name: "Comune della matrice" });
  const manager = await buildAccount(t);
  await joinOrganisation(t, org.id, manager.id, "manager", net.id);
  const logoKey = `logos/${newId()}.png`;
  await t.deps.files.put(logoKey, new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "image/png");
  for (const role of ROLES) {
    const a = await actorFor(t, role, net.id);
    actors.set(role, { client: a.client, token: a.token });
  }
  // An invitation made through the API by a coordinator of the network.
  const coordinator = await buildAccount(t, { isAdmin: true });
  const { token } = await createApiToken(t.deps, coordinator.id, "matrix");
  const res = await t.app.request(`/api/v1/networks/${net.id}/invitations`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ email: "matrice@example.org", role: "member" }),
  });
  const invitationId = (await res.json()).id as string;
  await jobsSettled(t); // the invitation's mail leaves from a job
  const mailDir = (await import("node:path")).join(t.dataDir, "mail");
  const { readdirSync, readFileSync } = await import("node:fs");
  const mail = readdirSync(mailDir)
    .map((f) => readFileSync(`${mailDir}/${f}`, "utf8").replace(/=\r?\n/g, ""))
    .find((m) => m.includes("matrice@example.org"))!;
  const practice = await buildPractice(t, { networkId: net.id, visibility: "network" });
  const submitted = await buildPractice(t, { networkId: net.id, status: "submitted" });
  const practiceMediaId = await storeMedia(
    t.deps,
    practice,
    { kind: "image", bytes: barChartPng([1, 2]), filename: "chart.png", alt: "A chart" },
    null,
  );
  const lab = await buildLab(t, net.id, { visibility: "network" });
  const meeting = await buildMeeting(t, lab, { visibility: "network" });
  const labExtras = await buildLabExtras(t, lab);
  const board = await buildSessionIn(t, net.id);
  const closedBoard = await buildSessionIn(t, net.id, { title: "Sessione chiusa" });
  await t.deps.pool.query("update board_sessions set phase = 'closed', closed_at = now() where id = $1", [
    closedBoard.id,
  ]);
  const call = await buildCall(t, net.id, { visibility: "network" });
  const conferences = await conferenceFixtures(t, net.id, barChartPng([3, 1]));
  const course = await buildCourse(t, net.id, { visibility: "network" });
  const courseModuleId = (
    await t.deps.pool.query("select id from learning_modules where course_id = $1", [course.course.id])
  ).rows[0].id;
  Object.assign(fixtures, {
    ...conferences,
    ...labExtras,
    labSlug: lab.slug,
    labId: lab.id,
    meetingSlug: meeting.slug,
    meetingId: meeting.id,
    boardId: board.id,
    boardCode: board.join_code,
    closedBoardId: closedBoard.id,
    callSlug: call.slug,
    courseSlug: course.course.slug,
    courseId: course.course.id,
    courseQuizId: course.quizId,
    courseQuestionId: course.choiceId,
    courseModuleId,
    practiceId: practice.id,
    practiceSlug: practice.slug,
    submittedPracticeId: submitted.id,
    practiceMediaId,
    netId: net.id,
    netSlug: net.slug,
    orgId: org.id,
    orgSlug: org.slug,
    logoKey,
    invitationId,
    invitationToken: /\/invitations\/([\w-]+)/.exec(mail)![1]!,
  });
});
afterAll(() => t.close());

describe("authorisation matrix", () => {
  it("lists every GET route of the app, and no route the app lacks", () => {
    const appRoutes = new Set(
      t.app.routes
        .filter((r) => r.method === "GET" && !IGNORED.some((re) => re.test(r.path)))
        .map((r) => r.path),
    );
    const listed = new Set(MATRIX.map((r) => r.route));
    expect(
      [...appRoutes].filter((r) => !listed.has(r)),
      "routes missing from the matrix",
    ).toEqual([]);
    expect(
      [...listed].filter((r) => !appRoutes.has(r)),
      "matrix rows for routes the app lacks",
    ).toEqual([]);
  });

  for (const row of MATRIX) {
    it(`GET ${row.route}`, async () => {
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const [i, role] of ROLES.entries()) {
        const a = actors.get(role)!;
        const url = row.url(fixtures);
        const res = url.startsWith("/api/")
          ? await t.app.request(url, { headers: a.token ? { authorization: `Bearer ${a.token}` } : {} })
          : await a.client.get(url);
        got[role] = res.status;
        want[role] = row.expect[i]!;
      }
      expect(got).toEqual(want);
    });
  }
});
