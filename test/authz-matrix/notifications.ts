// Writes of the notifications module: one's own list, mutes and preferences (signed in, each their
// own: someone else's notification is a 404), the unsubscribe link (its token is the credential:
// a token not made here is a 404 for everyone, signed in or not), and the API.
import { randomUUID } from "node:crypto";
import type { MatrixWorld, WriteRow } from "../helpers/matrix.ts";
import type { TestRuntime } from "../helpers/runtime.ts";

/** A notification in `accountId`'s list, straight into the table (as the delivery would write it). */
async function notice(t: TestRuntime, accountId: string): Promise<string> {
  const id = randomUUID();
  await t.deps.pool.query(
    `insert into notifications (id, account_id, kind, event_id, text_key, text_params, href, created_at)
     values ($1, $2, 'practices.report-submitted', $3, 'practices.notify.submitted', '{"title":"Matrice"}', '/me', now())`,
    [id, accountId, randomUUID()],
  );
  return id;
}

export function notificationWrites(w: MatrixWorld): WriteRow[] {
  const keeper = w.keeper;
  //                                      anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  return [
    {
      route: "POST /me/notifications/:id/open",
      on: "one's own notification",
      send: (f) => ({ path: `/me/notifications/${f.noticeId}/open`, form: {} }),
      fresh: async (t, _f, who) => ({ noticeId: await notice(t, who.accountId ?? keeper.id) }),
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    {
      route: "POST /me/notifications/:id/open",
      on: "someone else's notification",
      send: (f) => ({ path: `/me/notifications/${f.noticeId}/open`, form: {} }),
      fresh: async (t) => ({ noticeId: await notice(t, keeper.id) }),
      expect: [303, 404, 404, 404, 404, 404, 404, 404, 404, 303, 404],
    },
    {
      route: "POST /me/notifications/read-all",
      send: () => ({ path: "/me/notifications/read-all", form: {} }),
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    {
      route: "POST /me/notifications/mutes",
      send: (f) => ({
        path: "/me/notifications/mutes",
        form: { kind: "network", id: f.netId!, name: "Rete della matrice" },
      }),
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    {
      route: "POST /me/notifications/mutes/:id/delete",
      send: (f) => ({ path: `/me/notifications/mutes/${f.netId}/delete`, form: {} }),
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    {
      route: "POST /account/notifications",
      send: () => ({ path: "/account/notifications", form: { digestHour: "8", timeZone: "" } }),
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
    {
      route: "POST /unsubscribe/:token",
      on: "a token not made here",
      send: () => ({ path: "/unsubscribe/not-a-token-made-here-000000", form: {} }),
      expect: [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    },
    // The API (Bearer tokens; anonymous people and guests send none).
    {
      route: "POST /api/v1/me/notifications/:id/read",
      on: "one's own notification",
      send: (f) => ({ path: `/api/v1/me/notifications/${f.noticeId}/read`, json: {} }),
      fresh: async (t, _f, who) => ({ noticeId: await notice(t, who.accountId ?? keeper.id) }),
      expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 200],
    },
    {
      route: "POST /api/v1/me/notifications/:id/read",
      on: "someone else's notification",
      send: (f) => ({ path: `/api/v1/me/notifications/${f.noticeId}/read`, json: {} }),
      fresh: async (t) => ({ noticeId: await notice(t, keeper.id) }),
      expect: [401, 404, 404, 404, 404, 404, 404, 404, 404, 401, 404],
    },
    {
      route: "POST /api/v1/me/notifications/read-all",
      send: () => ({ path: "/api/v1/me/notifications/read-all", json: {} }),
      expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 200],
    },
  ];
}
