// GET rows of the authorisation matrix (test/authz-matrix.test.ts): funding calls.
// Statuses in the order of ROLES there: anonymous, member, facilitator, communicator, coordinator,
// other network's coordinator, admin. 303 = sent to sign in; 403 = may see it but not do it;
// 404 = not visible (or does not exist).
import type { GetRow } from "./get-row.ts";

//                                                               anon  memb  faci  comm  coord other admin
export const fundingGets: GetRow[] = [
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
];
