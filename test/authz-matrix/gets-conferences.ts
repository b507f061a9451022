// GET rows of the authorisation matrix (test/authz-matrix.test.ts): conferences in the API and on their pages, and their management.
// Statuses in the order of ROLES there: anonymous, member, facilitator, communicator, coordinator,
// other network's coordinator, admin. 303 = sent to sign in; 403 = may see it but not do it;
// 404 = not visible (or does not exist).
import type { GetRow } from "./get-row.ts";

//                                                               anon  memb  faci  comm  coord other admin
export const conferencesGets: GetRow[] = [
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
];
