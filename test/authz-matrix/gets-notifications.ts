// GET rows of the authorisation matrix (test/authz-matrix.test.ts): one's own notifications, preferences and unsubscribe pages.
// Statuses in the order of ROLES there: anonymous, member, facilitator, communicator, coordinator,
// other network's coordinator, admin. 303 = sent to sign in; 403 = may see it but not do it;
// 404 = not visible (or does not exist).
import type { GetRow } from "./get-row.ts";

//                                                               anon  memb  faci  comm  coord other admin
export const notificationsGets: GetRow[] = [
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
];
