// Write rows of the authorisation matrix (test/authz-matrix.writes.test.ts): the news column.
// Members of the network propose; its coordinators and communicators (and admins) decide; only the
// proposer resubmits. A pending proposal is invisible to the network's other people (404).
import type { MatrixWorld, WriteRow } from "../helpers/matrix.ts";
import { buildNewsItem } from "../helpers/news.ts";

export function publicationWrites(w: MatrixWorld): WriteRow[] {
  const item = {
    title: "Notizia della matrice",
    summary: "Un sommario.",
    body: "Un testo.",
    kind: "news",
    language: "it",
    visibility: "public",
  };
  //                                                     anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  return [
    {
      route: "POST /networks/:slug/news/propose",
      send: (f) => ({ path: `/networks/${f.netSlug}/news/propose`, form: item }),
      expect: [303, 303, 303, 303, 303, 303, 303, 404, 404, 303, 404],
    },
    {
      // A fresh proposal of the keeper's for each role: the first to decide would use it up.
      route: "POST /networks/:slug/news/:item/decision",
      send: (f) => ({
        path: `/networks/${f.netSlug}/news/${f.newsPendingId}/decision`,
        form: { decision: "publish", version: "1" },
      }),
      fresh: async (t, f) => ({
        newsPendingId: await buildNewsItem(t, f.netId!, w.keeper.id, { decision: "none" }),
      }),
      expect: [303, 303, 303, 404, 303, 404, 404, 404, 404, 303, 404],
    },
    {
      // The keeper's proposal sent back for changes: nobody else may resubmit it.
      route: "POST /networks/:slug/news/:item/edit",
      send: (f) => ({
        path: `/networks/${f.netSlug}/news/${f.newsChangesId}/edit`,
        form: { ...item, version: "2" },
      }),
      fresh: async (t, f) => ({
        newsChangesId: await buildNewsItem(t, f.netId!, w.keeper.id, { decision: "request-changes" }),
      }),
      expect: [303, 404, 404, 404, 404, 404, 404, 404, 404, 303, 404],
    },
    {
      // A fresh published item of the keeper's for each role: withdrawing uses it up. Those who may
      // see the network's people but not edit its news get a 403, the others a 404.
      route: "POST /networks/:slug/news/:item/withdraw",
      send: (f) => ({
        path: `/networks/${f.netSlug}/news/${f.newsPublishedId}/withdraw`,
        form: { reason: "Superata.", version: "2" },
      }),
      fresh: async (t, f) => ({ newsPublishedId: await buildNewsItem(t, f.netId!, w.keeper.id) }),
      expect: [303, 303, 303, 403, 303, 403, 403, 404, 404, 303, 404],
    },
    {
      // The API: strangers to the network are refused with a 403 (issue 19), not the pages' 404.
      route: "POST /api/v1/news",
      send: (f) => ({ path: "/api/v1/news", json: { ...item, network: f.netSlug } }),
      expect: [401, 201, 201, 201, 201, 201, 201, 403, 403, 401, 403],
    },
    {
      // A fresh published item for each role: editors edit it (version 2 after its publication).
      route: "PATCH /api/v1/news/:id",
      send: (f) => ({
        path: `/api/v1/news/${f.newsPublishedId}`,
        method: "PATCH",
        json: { ...item, title: "Modificata", version: 2 },
      }),
      fresh: async (t, f) => ({ newsPublishedId: await buildNewsItem(t, f.netId!, w.keeper.id) }),
      expect: [401, 200, 200, 404, 200, 404, 404, 404, 404, 401, 404],
    },
    {
      route: "POST /api/v1/news/:id/decision",
      send: (f) => ({
        path: `/api/v1/news/${f.newsPendingId}/decision`,
        json: { decision: "publish", version: 1 },
      }),
      fresh: async (t, f) => ({
        newsPendingId: await buildNewsItem(t, f.netId!, w.keeper.id, { decision: "none" }),
      }),
      expect: [401, 200, 200, 404, 200, 404, 404, 404, 404, 401, 404],
    },
  ];
}
