// Editing and cancelling a meeting: the form comes filled in (times on the meeting's wall clock),
// refuses end before start and fewer places than confirmed registrations with clear messages and the
// input kept; a move or a cancellation mails everyone registered and leaves old reminders stale.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { buildLab, buildMeeting, mailsTo, waitForMail } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { sendReminders } from "./reminders.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
let coordinator: Client;
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t);
  coordinator = (await actorFor(t, "coordinator", net.id)).client;
});
afterAll(() => t.close());

const H = 3_600_000;
const html = async (c: Client, url: string) => (await c.get(url)).text();
const fieldsOf = (page: string) => {
  const out: Record<string, string> = {};
  for (const m of page.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g))
    if (m[1] !== "_csrf") out[m[1]!] = m[2]!.replace(/&amp;/g, "&");
  for (const m of page.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) out[m[1]!] = m[2]!;
  for (const m of page.matchAll(
    /<select[^>]*name="([^"]+)"[\s\S]*?<option[^>]*value="([^"]*)"[^>]*selected/g,
  ))
    out[m[1]!] = m[2]!;
  if (/name="waitlist"[^>]*checked/.test(page)) out.waitlist = "on";
  return out;
};

async function registered(meetingSlug: string, labSlug: string) {
  const p = await actorFor(t, "member", net.id);
  const page = `/labs/${labSlug}/meetings/${meetingSlug}`;
  expect((await p.client.submit(page, `${page}/register`, {})).status).toBe(303);
  return p;
}

describe("editing a meeting", () => {
  it("shows the form filled in, refuses end before start and too few places with clear messages, keeps the input", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab, {
      title: "Da spostare",
      startsAt: new Date("2031-06-12T07:30:00Z"),
      endsAt: new Date("2031-06-12T10:30:00Z"),
      capacity: 5,
      agenda: [{ title: "Benvenuto", durationMinutes: 15, kind: "talk", speaker: "Giulia" }],
      questions: [{ label: "Esigenze alimentari", required: false }],
    });
    for (let i = 0; i < 2; i++) await registered(m.slug, lab.slug);
    const edit = `/labs/${lab.slug}/meetings/${m.slug}/edit`;
    const form = await html(coordinator, edit);
    const values = fieldsOf(form);
    expect(values).toMatchObject({
      title: "Da spostare",
      startsAt: "2031-06-12T09:30",
      endsAt: "2031-06-12T12:30",
      timeZone: "Europe/Rome",
      capacity: "5",
      agenda: "15 | talk | Benvenuto | Giulia",
      questions: "Esigenze alimentari",
    });
    const bad = await coordinator.submit(edit, edit, { ...values, endsAt: "2031-06-12T08:00" });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain("La fine dell&#39;incontro deve essere dopo l&#39;inizio.");
    expect(badHtml).toContain('value="2031-06-12T08:00"');
    const few = await coordinator.submit(edit, edit, { ...values, capacity: "1" });
    expect(few.status).toBe(422);
    expect(await few.text()).toContain("I posti non possono essere meno degli iscritti confermati (2).");
    // Nothing was stored by the refused edits.
    expect(fieldsOf(await html(coordinator, edit))).toMatchObject({
      endsAt: "2031-06-12T12:30",
      capacity: "5",
    });
  });

  it("moves a meeting: everyone registered is mailed the new time, old reminders do nothing, new ones are scheduled", async () => {
    const lab = await buildLab(t, net.id);
    // Whole minutes, as the form gives them.
    const start = new Date(Math.floor(t.clock.now().getTime() / 60_000) * 60_000 + 72 * H);
    const m = await buildMeeting(t, lab, {
      title: "Incontro mobile",
      capacity: 1,
      startsAt: start,
      endsAt: new Date(start.getTime() + 2 * H),
    });
    const a = await registered(m.slug, lab.slug);
    const b = await registered(m.slug, lab.slug); // waiting
    const edit = `/labs/${lab.slug}/meetings/${m.slug}/edit`;
    const values = fieldsOf(await html(coordinator, edit));
    const later = new Date(start.getTime() + 24 * H);
    const local = (d: Date) =>
      new Intl.DateTimeFormat("sv-SE", {
        timeZone: "Europe/Rome",
        dateStyle: "short",
        timeStyle: "short",
      })
        .format(d)
        .replace(" ", "T");
    const res = await coordinator.submit(edit, edit, {
      ...values,
      startsAt: local(later),
      endsAt: local(new Date(later.getTime() + 2 * H)),
    });
    expect(res.status).toBe(303);
    expect(await html(coordinator, res.headers.get("location")!)).toContain("Incontro aggiornato.");
    for (const p of [a, b]) {
      const [mail] = await waitForMail(t, p.email!, /^Incontro modificato: Incontro mobile$/);
      expect(mail!.text).toContain(`/labs/${lab.slug}/meetings/${m.slug}`);
    }
    const old = { meetingId: m.id, kind: "24h" as const, startsAt: start.toISOString(), version: 1 };
    expect(await sendReminders(t.deps, old)).toBe(0);
    const { rows } = await t.deps.pool.query(
      "select data from pgboss.job where name = 'labs.meeting-reminder' and data->>'meetingId' = $1 and (data->>'version')::int = 2",
      [m.id],
    );
    expect(rows.map((r) => r.data.startsAt)).toEqual([later.toISOString(), later.toISOString()]);
  });

  it("more places promote the people waiting, with their mail", async () => {
    const lab = await buildLab(t, net.id);
    const start = new Date(Math.floor(t.clock.now().getTime() / 60_000) * 60_000 + 72 * H);
    const m = await buildMeeting(t, lab, {
      title: "Più posti",
      capacity: 1,
      startsAt: start,
      endsAt: new Date(start.getTime() + H),
    });
    await registered(m.slug, lab.slug);
    const b = await registered(m.slug, lab.slug);
    const edit = `/labs/${lab.slug}/meetings/${m.slug}/edit`;
    const values = fieldsOf(await html(coordinator, edit));
    expect((await coordinator.submit(edit, edit, { ...values, capacity: "2" })).status).toBe(303);
    await waitForMail(t, b.email!, /^Si è liberato un posto: Più posti$/);
    expect(await html(b.client, `/labs/${lab.slug}/meetings/${m.slug}`)).toMatch(
      /La tua iscrizione è confermata\. Codice/,
    );
    // Same time and place: no "changed" mail.
    expect((await mailsTo(t, b.email!)).some((x) => /^Incontro modificato/.test(x.subject ?? ""))).toBe(
      false,
    );
  });
});

describe("cancelling a meeting", () => {
  it("cancels, mails everyone registered, closes registration, and can no longer be edited", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab, { title: "Da annullare" });
    const a = await registered(m.slug, lab.slug);
    const page = `/labs/${lab.slug}/meetings/${m.slug}`;
    const res = await coordinator.submit(`${page}/edit`, `${page}/cancel-meeting`, {});
    expect(res.status).toBe(303);
    const [mail] = await waitForMail(t, a.email!, /^Incontro annullato: Da annullare$/);
    expect(mail!.attachments[0]!.content.toString()).toContain("STATUS:CANCELLED");
    // A notification kind now (labs/notifications.ts): the same mail, which can be turned off from
    // itself, and the notice in the person's list.
    expect(mail!.headerLines.find((h) => h.key === "list-unsubscribe")?.line).toMatch(/\/unsubscribe\//);
    expect(await html(a.client, "/me/notifications")).toContain(
      `L&#39;incontro «Da annullare» del laboratorio «${lab.title}» è stato annullato.`,
    );
    const after = await html(coordinator, page);
    expect(after).toContain("Incontro annullato. Gli iscritti sono stati avvisati.");
    expect(after).not.toContain(`${page}/edit"`);
    const other = await actorFor(t, "member", net.id);
    expect(await html(other.client, page)).not.toContain(`action="${page}/register"`);
    const again = await coordinator.submit(page, `${page}/cancel-meeting`, {});
    expect(await html(coordinator, again.headers.get("location")!)).toContain("è stato annullato");
    expect(
      await sendReminders(t.deps, {
        meetingId: m.id,
        kind: "24h",
        startsAt: m.startsAt.toISOString(),
        version: 1,
      }),
    ).toBe(0);
  });

  it("is for the lab's managers: members 403, another network's coordinator 404, signed out to sign in", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab);
    const edit = `/labs/${lab.slug}/meetings/${m.slug}/edit`;
    expect((await (await actorFor(t, "member", net.id)).client.get(edit)).status).toBe(403);
    expect((await (await actorFor(t, "other-coordinator", net.id)).client.get(edit)).status).toBe(404);
    expect((await (await actorFor(t, "anonymous", net.id)).client.get(edit)).status).toBe(303);
    expect((await (await actorFor(t, "facilitator", net.id)).client.get(edit)).status).toBe(403);
    expect((await coordinator.get(edit)).status).toBe(200);
  });
});
