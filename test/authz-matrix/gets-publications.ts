// GET rows of the authorisation matrix (test/authz-matrix.test.ts): the news column.
// Statuses in the order of ROLES there: anonymous, member, facilitator, communicator, coordinator,
// other network's coordinator, admin. 303 = sent to sign in; 403 = may see it but not do it;
// 404 = not visible (or does not exist).
import type { GetRow } from "./get-row.ts";

//                                                               anon  memb  faci  comm  coord other admin
export const publicationsGets: GetRow[] = [
  { route: "/news", url: () => "/news", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "/news/feed.xml", url: () => "/news/feed.xml", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "/news/feed.rss", url: () => "/news/feed.rss", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/networks/:slug/news",
    url: (f) => `/networks/${f.netSlug}/news`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/networks/:slug/news/feed.xml",
    url: (f) => `/networks/${f.netSlug}/news/feed.xml`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/networks/:slug/news/feed.rss",
    url: (f) => `/networks/${f.netSlug}/news/feed.rss`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  // Members propose; someone of another network is refused as identity refuses (404: they may not
  // see the network's people).
  {
    route: "/networks/:slug/news/propose",
    url: (f) => `/networks/${f.netSlug}/news/propose`,
    expect: [303, 200, 200, 200, 200, 404, 200],
  },
  // The editors' queue: coordinators and communicators.
  {
    route: "/networks/:slug/news/review",
    url: (f) => `/networks/${f.netSlug}/news/review`,
    expect: [303, 403, 403, 200, 200, 404, 200],
  },
  // A published network-only item.
  {
    route: "/networks/:slug/news/:item",
    url: (f) => `/networks/${f.netSlug}/news/${f.newsId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  // The member's proposal sent back for changes: its form for them, its page for editors, nothing
  // for the others.
  {
    route: "/networks/:slug/news/:item/edit",
    url: (f) => `/networks/${f.netSlug}/news/${f.newsChangesId}/edit`,
    expect: [303, 200, 404, 200, 200, 404, 200],
  },
  { route: "/api/v1/news", url: () => "/api/v1/news", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/api/v1/news/:id",
    url: (f) => `/api/v1/news/${f.newsId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
];
