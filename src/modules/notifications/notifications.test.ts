// Notifications end to end on a real database and a real SMTP sink: a kind delivered once per
// event, each person's mode (email with List-Unsubscribe, digest, list only, off) and mutes, the
// daily digest at the person's hour in their time zone, one-click unsubscribe without a CSRF token,
// the list, the preferences form's refusals, and the API.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import type { SmtpSink } from "../../../test/helpers/smtp.ts";
import { EVENT_DELIVERY } from "../../platform/events.ts";
import { installNotificationKinds, notificationKind } from "../../platform/notifications.ts";
import { createApiToken } from "../identity/index.ts";
import { sendDigests } from "./digest.ts";
import { unsubscribeToken } from "./tokens.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime((r) => {
  t = r.t;
  smtp = r.smtp;
});

// A kind of this test's own: "an API token was made" tells its owner, about a network when one is set.
let scope: { kind: "network"; id: string; name: string } | undefined;
beforeAll(() => {
  installNotificationKinds([
    notificationKind({
      name: "tests.ping",
      event: "identity.token.created",
      label: "notifications.list.title",
      defaultMode: "email",
      resolve: async (_deps, e) => ({
        recipients: [e.accountId],
        text: { key: "notifications.digest.subject", params: { n: e.tokenName } },
        href: "/account/tokens",
        scope,
      }),
    }),
  ]);
});

const rows = async (sql: string, params: unknown[]) => (await t.deps.pool.query(sql, params)).rows;
const notificationsOf = (id: string) =>
  rows("select kind, digest, read_at from notifications where account_id = $1 order by created_at", [id]);
const unread = async (id: string) =>
  (await rows("select unread from notification_accounts where account_id = $1", [id]))[0]?.unread ?? 0;
const ping = async (accountId: string, name: string) => {
  await createApiToken(t.deps, accountId, name);
  await jobsSettled(t);
};
const setMode = (accountId: string, mode: string) =>
  t.deps.pool.query(
    "insert into notification_prefs (account_id, kind, mode) values ($1, 'tests.ping', $2) on conflict (account_id, kind) do update set mode = $2",
    [accountId, mode],
  );

describe("delivery", () => {
  it("stores one notification per event, counts it unread, mails it with List-Unsubscribe", async () => {
    const a = await buildAccount(t);
    await ping(a.id, "uno");
    expect(await notificationsOf(a.id)).toEqual([{ kind: "tests.ping", digest: "none", read_at: null }]);
    expect(await unread(a.id)).toBe(1);
    const mail = await smtp.waitFor(a.email, (m) => m.subject.includes("uno"));
    const header = mail.raw["list-unsubscribe"];
    expect(header).toMatch(new RegExp(`^<${t.config.baseUrl}/unsubscribe/[A-Za-z0-9_.-]+>$`));
    expect(mail.raw["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

    // The same event delivered again, its receipt gone (the handler really runs twice): still one.
    const [job] = await rows(
      "select data from pgboss.job where name = 'platform.event' and data->>'handler' = 'notify.tests.ping' and data->>'accountId' = $1",
      [a.id],
    );
    await t.deps.pool.query(
      "delete from event_receipts where handler = 'notify.tests.ping' and event_id = $1",
      [job.data.id],
    );
    await t.deps.jobs.send(EVENT_DELIVERY, job.data);
    await jobsSettled(t);
    expect(
      await rows("select 1 from event_receipts where handler = 'notify.tests.ping' and event_id = $1", [
        job.data.id,
      ]),
    ).toHaveLength(1);
    expect((await notificationsOf(a.id)).length).toBe(1);
    expect(await unread(a.id)).toBe(1);
  });

  it("follows each person's mode and mutes", async () => {
    const [off, app, digest] = await Promise.all([buildAccount(t), buildAccount(t), buildAccount(t)]);
    await setMode(off.id, "off");
    await setMode(app.id, "app");
    await setMode(digest.id, "digest");
    for (const p of [off, app, digest]) await ping(p.id, `modo-${p.id}`);
    expect(await notificationsOf(off.id)).toEqual([]);
    expect(await notificationsOf(app.id)).toEqual([{ kind: "tests.ping", digest: "none", read_at: null }]);
    expect(await notificationsOf(digest.id)).toEqual([
      { kind: "tests.ping", digest: "pending", read_at: null },
    ]);
    // Their mails are the token's own (identity's), none of this kind's.
    expect(smtp.messages.filter((m) => m.subject.includes("modo-"))).toEqual([]);

    const net = { ...(await buildNetwork(t)), name: "Rete silenziata" };
    await t.deps.pool.query("update networks set name = $2 where id = $1", [net.id, net.name]);
    const muted = await buildAccount(t);
    const c = await signedIn(t, muted.id);
    scope = { kind: "network", id: net.id, name: net.name };
    try {
      await ping(muted.id, "prima");
      expect((await notificationsOf(muted.id)).length).toBe(1);
      const list = await (await c.get("/me/notifications")).text();
      expect(list).toContain(`Silenzia la rete «${net.name}»`);
      const res = await c.submit("/me/notifications", "/me/notifications/mutes", {
        kind: "network",
        id: net.id,
        name: net.name,
      });
      expect(res.status).toBe(303);
      await ping(muted.id, "dopo");
      expect((await notificationsOf(muted.id)).length).toBe(1);
    } finally {
      scope = undefined;
    }
  });
});

describe("the daily digest", () => {
  it("goes once, at the person's hour in their time zone, with every waiting notice", async () => {
    const a = await buildAccount(t);
    await t.deps.pool.query("update accounts set time_zone = 'America/New_York' where id = $1", [a.id]);
    await setMode(a.id, "digest");
    await ping(a.id, "alfa");
    await ping(a.id, "beta");
    // 7 December 2026, 12:00 UTC is 07:00 in New York: not yet (the default hour is 8).
    expect(await sendDigests(t.deps, new Date("2026-12-07T12:00:00Z"))).toBe(0);
    expect(await sendDigests(t.deps, new Date("2026-12-07T13:00:00Z"))).toBe(1);
    await jobsSettled(t);
    const mail = await smtp.waitFor(a.email, (m) => m.subject.startsWith("Riepilogo"));
    expect(mail.subject).toBe("Riepilogo: 2 novità");
    expect(mail.text).toContain("alfa");
    expect(mail.text).toContain("beta");
    expect(mail.raw["list-unsubscribe"]).toContain("/unsubscribe/");
    // The hour run again, or a later notice the same local day: no second digest that day.
    await ping(a.id, "gamma");
    expect(await sendDigests(t.deps, new Date("2026-12-07T13:00:00Z"))).toBe(0);
    // The next day at the hour: the waiting one.
    expect(await sendDigests(t.deps, new Date("2026-12-08T13:00:00Z"))).toBe(1);
    // Nothing waiting: nothing sent.
    expect(await sendDigests(t.deps, new Date("2026-12-09T13:00:00Z"))).toBe(0);
  });
});

describe("unsubscribing from a mail", () => {
  it("asks on GET, turns the kind's mails off on a one-click POST with no session or CSRF token", async () => {
    const a = await buildAccount(t);
    const token = unsubscribeToken(t.config.secret, a.id, "tests.ping");
    const scanner = new Client(t);
    const asked = await (await scanner.get(`/unsubscribe/${token}`)).text();
    expect(asked).toContain("Sì, non inviarmi più queste email");
    expect(await rows("select mode from notification_prefs where account_id = $1", [a.id])).toEqual([]);
    const res = await t.app.request(`/unsubscribe/${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example.com" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(res.status).toBe(200);
    expect(await rows("select mode from notification_prefs where account_id = $1", [a.id])).toEqual([
      { mode: "app" },
    ]);
    // Still in the list, no longer mailed.
    await ping(a.id, "senza-mail");
    expect((await notificationsOf(a.id)).length).toBe(1);
    expect(smtp.messages.filter((m) => m.subject.includes("senza-mail"))).toEqual([]);

    // A forged or altered token: 404, nothing changed.
    const forged = `${token.slice(0, -3)}abc`;
    const other = unsubscribeToken("another-secret-another-secret-000", a.id, "tests.ping");
    for (const bad of [forged, other]) {
      const r = await t.app.request(`/unsubscribe/${bad}`, { method: "POST", body: "" });
      expect(r.status).toBe(404);
    }
  });
});

describe("the list and the preferences", () => {
  it("opens a notice (marked read, the count follows), refuses someone else's", async () => {
    const a = await buildAccount(t);
    const b = await buildAccount(t);
    await setMode(a.id, "app");
    await ping(a.id, "da-aprire");
    const [n] = await rows("select id from notifications where account_id = $1", [a.id]);
    const c = await signedIn(t, a.id);
    const page = await (await c.get("/me/notifications")).text();
    expect(page).toContain("Hai una notifica da leggere.");
    expect(page).toMatch(
      /<span class="visually-hidden">Notifiche da leggere:<\/span>[\s\S]*?<span class="badge[^"]*">1<\/span>/,
    );
    const other = await signedIn(t, b.id);
    expect((await other.submit("/me/notifications", `/me/notifications/${n.id}/open`, {})).status).toBe(404);
    const open = await c.submit("/me/notifications", `/me/notifications/${n.id}/open`, {});
    expect(open.status).toBe(303);
    expect(open.headers.get("location")).toBe("/account/tokens");
    expect(await unread(a.id)).toBe(0);
    expect(await (await c.get("/me/notifications")).text()).toContain("Hai letto tutte le notifiche.");
  });

  it("saves modes, the digest hour and the time zone; refuses bad ones on the same form, saving nothing", async () => {
    const a = await buildAccount(t);
    const c = await signedIn(t, a.id);
    const form = await (await c.get("/account/notifications")).text();
    expect(form).toContain("Subito per email (predefinito)");
    for (const bad of <Record<string, string>[]>[
      { "mode.tests.ping": "sometimes", digestHour: "8", timeZone: "" },
      { "mode.tests.ping": "app", digestHour: "25", timeZone: "" },
      { "mode.tests.ping": "app", digestHour: "8", timeZone: "Europe/Atlantis" },
      { "mode.nope.kind": "app", digestHour: "8", timeZone: "" },
    ]) {
      const res = await c.submit("/account/notifications", "/account/notifications", bad);
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('id="error-summary"');
    }
    expect(await rows("select * from notification_prefs where account_id = $1", [a.id])).toEqual([]);
    const ok = await c.submit("/account/notifications", "/account/notifications", {
      "mode.tests.ping": "digest",
      digestHour: "18",
      timeZone: "Europe/Helsinki",
    });
    expect(ok.status).toBe(303);
    expect(await rows("select mode from notification_prefs where account_id = $1", [a.id])).toEqual([
      { mode: "digest" },
    ]);
    expect(await rows("select digest_hour from notification_accounts where account_id = $1", [a.id])).toEqual(
      [{ digest_hour: 18 }],
    );
    expect(await rows("select time_zone from accounts where id = $1", [a.id])).toEqual([
      { time_zone: "Europe/Helsinki" },
    ]);
  });
});

describe("the API", () => {
  it("lists the caller's notifications and marks them read; someone else's is a 404", async () => {
    const a = await buildAccount(t);
    const b = await buildAccount(t);
    await setMode(a.id, "app");
    await ping(a.id, "api-uno");
    await ping(a.id, "api-due");
    const { token } = await createApiToken(t.deps, a.id, "lettore");
    await jobsSettled(t);
    const { token: tokenB } = await createApiToken(t.deps, b.id, "altro");
    const auth = (tk: string) => ({ authorization: `Bearer ${tk}` });
    const list = await t.app.request("/api/v1/me/notifications?limit=2", { headers: auth(token) });
    expect(list.status).toBe(200);
    const body = (await list.json()) as { items: { id: string; text: string; url: string }[]; total: number };
    expect(body.total).toBe(3); // two pings and the "lettore" token itself
    expect(body.items.length).toBe(2);
    expect(body.items[0]!.url).toBe(`${t.config.baseUrl}/account/tokens`);
    const id = body.items[0]!.id;
    const theirs = await t.app.request(`/api/v1/me/notifications/${id}/read`, {
      method: "POST",
      headers: auth(tokenB),
    });
    expect(theirs.status).toBe(404);
    const read = await t.app.request(`/api/v1/me/notifications/${id}/read`, {
      method: "POST",
      headers: auth(token),
    });
    expect(await read.json()).toEqual({ unread: 2 });
    const all = await t.app.request("/api/v1/me/notifications/read-all", {
      method: "POST",
      headers: auth(token),
    });
    expect(await all.json()).toEqual({ unread: 0 });
    const bad = await t.app.request("/api/v1/me/notifications?limit=500", { headers: auth(token) });
    expect(bad.status).toBe(422);
  });
});
