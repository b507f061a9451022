// GET rows of the authorisation matrix (test/authz-matrix.test.ts): labs and meetings, calendars, materials, cover, members and action plans.
// Statuses in the order of ROLES there: anonymous, member, facilitator, communicator, coordinator,
// other network's coordinator, admin. 303 = sent to sign in; 403 = may see it but not do it;
// 404 = not visible (or does not exist).
import type { GetRow } from "./get-row.ts";

//                                                               anon  memb  faci  comm  coord other admin
export const labsGets: GetRow[] = [
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
  // Calendars: the network feed shows each viewer what they may see (possibly nothing); the
  // personal feed answers only to its secret token (an unknown one is a 404 for everyone).
  {
    route: "/networks/:slug/meetings.ics",
    url: (f) => `/networks/${f.netSlug}/meetings.ics`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/me/meetings", url: () => "/me/meetings", expect: [303, 200, 200, 200, 200, 200, 200] },
  { route: "/me", url: () => "/me", expect: [303, 200, 200, 200, 200, 200, 200] },
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
];
