// GET rows of the authorisation matrix (test/authz-matrix.test.ts): the catalogue, reporting and moderation, edits and history, open data and feeds.
// Statuses in the order of ROLES there: anonymous, member, facilitator, communicator, coordinator,
// other network's coordinator, admin. 303 = sent to sign in; 403 = may see it but not do it;
// 404 = not visible (or does not exist).
import type { GetRow } from "./get-row.ts";

//                                                               anon  memb  faci  comm  coord other admin
export const practicesGets: GetRow[] = [
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
  // Report a project, moderation, comments and flags (src/modules/practices/workflow/routes.tsx).
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
];
