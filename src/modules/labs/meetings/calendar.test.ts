// Calendar: "add to calendar" links beside the .ics download, the .ics attached to the confirmation
// mail, the network feed and the personal feed behind a secret URL that can be reset. Every entry is
// parsed back with node-ical and must link back to the meeting page (URL and description).
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { buildLab, buildMeeting, waitForMail } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { hashToken } from "../../../platform/ids.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete dei calendari" });
});
afterAll(() => t.close());

const BASE = "http://localhost:3000";
const events = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === "VEVENT") as VEvent[];
const urlOf = (e: VEvent) => {
  const u = e.url as unknown as string | { val: string };
  return typeof u === "string" ? u : u.val;
};
const descriptionOf = (e: VEvent) => {
  const d = e.description as unknown as string | { val: string };
  return typeof d === "string" ? d : d.val;
};
const html = async (c: Client, url: string) => (await c.get(url)).text();
const unescapeAmp = (s: string) => s.replace(/&amp;/g, "&");

describe("add to calendar", () => {
  it("offers the .ics and Google, Outlook.com and Office 365 links, each with the times and a link back", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab, {
      title: "Biblioteche e social",
      startsAt: new Date("2031-06-12T07:30:00Z"),
      endsAt: new Date("2031-06-12T10:30:00Z"),
      venue: "Biblioteca di Nemi",
      address: "Piazza Roma 1, Nemi",
    });
    const page = `/labs/${lab.slug}/meetings/${m.slug}`;
    const body = await html((await actorFor(t, "anonymous", net.id)).client, page);
    expect(body).toContain(`href="${page}/calendar.ics"`);
    const links = [...body.matchAll(/href="(https:\/\/[^"]+)"/g)].map((x) => new URL(unescapeAmp(x[1]!)));
    const google = links.find((u) => u.host === "calendar.google.com")!;
    expect(google.searchParams.get("action")).toBe("TEMPLATE");
    expect(google.searchParams.get("text")).toBe("Biblioteche e social");
    expect(google.searchParams.get("dates")).toBe("20310612T073000Z/20310612T103000Z");
    expect(google.searchParams.get("ctz")).toBe("Europe/Rome");
    expect(google.searchParams.get("location")).toBe("Biblioteca di Nemi, Piazza Roma 1, Nemi");
    expect(google.searchParams.get("details")).toContain(`${BASE}${page}`);
    for (const host of ["outlook.live.com", "outlook.office.com"]) {
      const u = links.find((x) => x.host === host)!;
      expect(u.pathname).toBe("/calendar/0/action/compose");
      expect(u.searchParams.get("rru")).toBe("addevent");
      expect(u.searchParams.get("subject")).toBe("Biblioteche e social");
      expect(u.searchParams.get("startdt")).toBe("2031-06-12T07:30:00.000Z");
      expect(u.searchParams.get("enddt")).toBe("2031-06-12T10:30:00.000Z");
      expect(u.searchParams.get("body")).toContain(`${BASE}${page}`);
    }
    const e = events(await (await t.app.request(`${page}/calendar.ics`)).text())[0]!;
    expect(urlOf(e)).toBe(`${BASE}${page}`);
    expect(descriptionOf(e)).toContain(`${BASE}${page}`);
  });
});

describe("confirmation mail", () => {
  it("carries the meeting as an .ics attachment that links back to the page", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab, { title: "Incontro con allegato", capacity: 1 });
    const page = `/labs/${lab.slug}/meetings/${m.slug}`;
    const p = await actorFor(t, "member", net.id);
    expect((await p.client.submit(page, `${page}/register`, {})).status).toBe(303);
    const [mail] = await waitForMail(t, p.email!, /Iscrizione confermata: Incontro con allegato/);
    expect(mail!.text).toContain(`${BASE}${page}`);
    expect(mail!.text).toMatch(/codice di iscrizione è [A-Z0-9]+/);
    const att = mail!.attachments.find((a) => a.filename === `${m.slug}.ics`)!;
    expect(att.contentType).toBe("text/calendar");
    const e = events(att.content.toString("utf8"))[0]!;
    expect(e.summary).toBe("Incontro con allegato");
    expect(e.uid).toBe(`${m.id}@localhost:3000`);
    expect(urlOf(e)).toBe(`${BASE}${page}`);
    expect(descriptionOf(e)).toContain(`${BASE}${page}`);
    // The next person is on the waiting list: a mail that says so, without a calendar entry.
    const q = await actorFor(t, "member", net.id);
    await q.client.submit(page, `${page}/register`, {});
    const [wait] = await waitForMail(t, q.email!, /lista d'attesa: Incontro con allegato/);
    expect(wait!.attachments).toHaveLength(0);
  });
});

describe("network feed", () => {
  it("lists the network's meetings each viewer may see, each linking back", async () => {
    const other = await buildNetwork(t);
    const pub = await buildLab(t, other.id, { visibility: "public" });
    const closed = await buildLab(t, other.id, { visibility: "network" });
    const open = await buildMeeting(t, pub, { title: "Aperto a tutti" });
    await buildMeeting(t, pub, { title: "Solo rete", visibility: "network" });
    await buildMeeting(t, closed, { title: "Lab di rete" });
    const feed = `/networks/${other.slug}/meetings.ics`;
    const anon = await t.app.request(feed);
    expect(anon.status).toBe(200);
    expect(anon.headers.get("content-type")).toContain("text/calendar");
    const seen = events(await anon.text());
    expect(seen.map((e) => e.summary)).toEqual(["Aperto a tutti"]);
    expect(urlOf(seen[0]!)).toBe(`${BASE}/labs/${pub.slug}/meetings/${open.slug}`);
    expect(descriptionOf(seen[0]!)).toContain(`${BASE}/labs/${pub.slug}/meetings/${open.slug}`);
    const member = await actorFor(t, "member", other.id);
    const theirs = events(await (await member.client.get(feed)).text()).map((e) => e.summary);
    expect(theirs.sort()).toEqual(["Aperto a tutti", "Lab di rete", "Solo rete"]);
    expect((await t.app.request("/networks/no-such-network/meetings.ics")).status).toBe(404);
  });
});

describe("personal feed", () => {
  const urlIn = (page: string) => /value="(http:\/\/localhost:3000\/calendar\/[^"]+)"/.exec(page)?.[1];

  it("is at a secret URL shown once when made, lists the person's meetings, and can be replaced", async () => {
    const lab = await buildLab(t, net.id);
    const mine = await buildMeeting(t, lab, { title: "Il mio incontro" });
    await buildMeeting(t, lab, { title: "Non il mio" });
    const p = await actorFor(t, "member", net.id);
    const page = `/labs/${lab.slug}/meetings/${mine.slug}`;
    await p.client.submit(page, `${page}/register`, {});
    const account = await html(p.client, "/me/meetings");
    expect(account).toContain("Il mio incontro");
    // No address yet: the page offers to make one.
    expect(urlIn(account)).toBeUndefined();
    expect(account).toContain("Crea l&#39;indirizzo");
    const made = await p.client.submit("/me/meetings", "/me/meetings/calendar/reset", {});
    expect(made.status).toBe(200);
    expect(made.headers.get("cache-control")).toContain("no-store");
    const url = urlIn(await made.text())!;
    const path = url.replace(BASE, "");
    // Fetched without a session, as a calendar app does.
    const feed = events(await (await t.app.request(path)).text());
    expect(feed.map((e) => e.summary)).toEqual(["Il mio incontro"]);
    expect(urlOf(feed[0]!)).toBe(`${BASE}${page}`);
    // Only its hash is stored, so the next visit cannot show it: it says when it was made instead.
    const token = path.split("/")[2]!;
    const stored = await t.deps.pool.query("select * from calendar_feeds where account_id = $1", [
      p.accountId,
    ]);
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    expect(stored.rows[0].token_hash).toBe(hashToken(token));
    const later = await html(p.client, "/me/meetings");
    expect(urlIn(later)).toBeUndefined();
    expect(later).toContain("Il tuo indirizzo è stato creato il");
    const english = await html(p.client, "/me/meetings?lang=en");
    expect(english).toContain("Your address was made on");
    expect(english).toContain("Make a new address");
    // A new address replaces it, and the old one stops working.
    const reset = await p.client.submit("/me/meetings", "/me/meetings/calendar/reset", {});
    expect(reset.status).toBe(200);
    const after = await reset.text();
    expect(after).toContain("New address made");
    const url2 = urlIn(after)!;
    expect(url2).not.toBe(url);
    expect((await t.app.request(path)).status).toBe(404);
    expect((await t.app.request(url2.replace(BASE, ""))).status).toBe(200);
    expect((await t.app.request("/calendar/not-a-token/meetings.ics")).status).toBe(404);
    expect((await (await actorFor(t, "anonymous", net.id)).client.get("/me/meetings")).status).toBe(303);
    // Its earlier address moved for good.
    const moved = await p.client.get("/account/meetings");
    expect([moved.status, moved.headers.get("location")]).toEqual([301, "/me/meetings"]);
  });

  it("keeps working for addresses made before tokens were hashed: the migration's SQL hashes as hashToken does", async () => {
    // The expression of migrations/202612061010_calendar_feed_token_hash.sql, on tokens as they were made.
    for (const token of ["AbC-_09xyz", "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6"]) {
      const { rows } = await t.deps.pool.query(
        "select translate(rtrim(encode(sha256(convert_to($1::text, 'UTF8')), 'base64'), '='), '+/', '-_') as h",
        [token],
      );
      expect(rows[0].h).toBe(hashToken(token));
    }
  });
});
