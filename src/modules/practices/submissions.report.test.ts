// "Report a project" after issue 14, through the pages without JavaScript and a real SMTP sink:
// country as a named select, years in range, one error line per problem, photos (alt text required,
// no GPS left) and documents (checked on content) kept as pending files across steps, the
// check-answers page (change keeps everything, send makes one report), the reference with the
// thank-you and status pages (anonymous, from the mail's link), the moderators' Markdown preview (with
// the photos and documents sent), and the moderators told of new and resubmitted reports, with the
// reminder after 3 days (a notification in the digest).
import exifr from "exifr";
import { describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { actorFor, buildAccount, buildNetwork } from "../../../test/helpers/factories.ts";
import { phonePhoto } from "../../../test/helpers/images.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../test/helpers/smtp.ts";
import {
  field,
  fillAndSend,
  fillToCheck,
  MANY_REPORTS,
  pdf,
  postFiles,
  postStep,
  REPORT,
  type Report,
} from "../../../test/helpers/submissions.ts";
import { cleanPending } from "./media.pending.ts";
import { remindModerators } from "./moderators.notify.ts";
import { lastYear } from "./submissions.schema.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime((r) => {
  t = r.t;
  smtp = r.smtp;
}, MANY_REPORTS);

let n = 0;
const report = (o: Partial<Record<keyof Report, Record<string, string>>> = {}): Report => ({
  project: { ...REPORT.project, title: `Progetto segnalato ${++n}`, ...o.project },
  approach: { ...REPORT.approach, ...o.approach },
  results: { ...REPORT.results, ...o.results },
  you: { ...REPORT.you, email: `segnala-${n}@example.org`, ...o.you },
});

const query = async (text: string, params: unknown[]) => (await t.deps.pool.query(text, params)).rows;
const practiceOf = async (title: string) =>
  (await query("select id, status, country from practices where title = $1", [title]))[0] as
    | { id: string; status: string; country: string }
    | undefined;
const summaryLines = (html: string) =>
  /id="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0].match(/<li>[\s\S]*?<\/li>/g) ?? [];

const PDF = pdf();

describe("the form's fields", () => {
  it("asks the country from a select named in the page's language, and keeps the choice", async () => {
    const c = new Client(t);
    const it = await (await c.get("/practices/new")).text();
    expect(it).toMatch(/<select id="country" name="country"/);
    expect(it).toMatch(/<option value="FR"[^>]*>Francia<\/option>/);
    expect(it).toMatch(/<option value="IT" selected="">Italia<\/option>/);
    const en = await (await new Client(t, { "accept-language": "en" }).get("/practices/new")).text();
    expect(en).toMatch(/<option value="FR"[^>]*>France<\/option>/);

    const r = report({ project: { country: "FR" } });
    const one = await postStep(c, it, r.project);
    const back = await postStep(c, one.html, r.approach, "back");
    expect(back.html).toMatch(/<option value="FR" selected="">Francia<\/option>/);
    const bad = await postStep(c, back.html, { ...r.project, country: "XX" });
    expect(bad.res.status).toBe(422);
    expect(bad.html).toContain("Scegli il paese dall&#39;elenco.");

    expect((await fillAndSend(t, new Client(t), r)).res.status).toBe(303);
    expect((await practiceOf(r.project.title!))?.country).toBe("FR");
  });

  it("takes years as numbers from 1950 to next year, the end not before the start, one line per problem", async () => {
    const c = new Client(t);
    const html = await (await c.get("/practices/new")).text();
    expect(html).toMatch(
      /<input type="number" inputmode="numeric"[^>]*name="startYear" min="1950" max="\d{4}"/,
    );
    const max = lastYear();
    const early = await postStep(c, html, { ...REPORT.project, startYear: "1949", endYear: String(max + 1) });
    expect(early.res.status).toBe(422);
    expect(early.html).toContain("L&#39;anno non può essere prima del 1950.");
    expect(early.html).toContain(`L&#39;anno non può essere dopo il ${max}.`);
    expect(summaryLines(early.html)).toHaveLength(2);
    const reversed = await postStep(c, early.html, { ...REPORT.project, startYear: "2020", endYear: "2019" });
    expect(reversed.res.status).toBe(422);
    expect(summaryLines(reversed.html)).toHaveLength(1);
    expect(reversed.html).toContain("non può precedere");
    const ok = await postStep(c, reversed.html, {
      ...REPORT.project,
      startYear: "2019",
      endYear: String(max),
    });
    expect(ok.res.status).toBe(200);
    expect(ok.html).toContain("Passaggio 2 di 5");
  });

  it("lists each missing consent once in the error summary, each with its own words", async () => {
    const out = await fillToCheck(
      new Client(t),
      report({ you: { consentPublication: "", consentContact: "" } }),
    );
    expect(out.res.status).toBe(422);
    const lines = summaryLines(out.html);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("Consenso alla pubblicazione");
    expect(lines[1]).toContain("Consenso al contatto");
    expect(lines[0]).not.toBe(lines[1]);
  });
});

describe("photos and documents", () => {
  it("requires a description for a photo, refuses a document that is not what it says, keeps both across steps", async () => {
    const c = new Client(t);
    const r = report();
    let html = await (await c.get("/practices/new")).text();
    html = (await postStep(c, html, r.project)).html;
    html = (await postStep(c, html, r.approach)).html;
    expect(html).toContain('enctype="multipart/form-data"');
    const photo = await phonePhoto(320, 240);
    expect(await exifr.gps(photo)).toBeDefined();

    const noAlt = await postFiles(c, html, r.results, {
      image: { bytes: photo, name: "foto.jpg", type: "image/jpeg" },
    });
    expect(noAlt.res.status).toBe(422);
    expect(noAlt.html).toContain('id="imageAlt-error"');
    expect(summaryLines(noAlt.html)).toHaveLength(1);

    const fake = await postFiles(c, noAlt.html, r.results, {
      attachment: {
        bytes: Buffer.from("solo testo, non un PDF"),
        name: "relazione.pdf",
        type: "application/pdf",
      },
    });
    expect(fake.res.status).toBe(422);
    expect(fake.html).toContain('id="attachment-error"');

    const added = await postFiles(
      c,
      fake.html,
      { ...r.results, imageAlt: "Lettori al banco prestiti in piazza", attachmentTitle: "Relazione finale" },
      {
        image: { bytes: photo, name: "foto.jpg", type: "image/jpeg" },
        attachment: { bytes: PDF, name: "relazione.pdf", type: "application/pdf" },
      },
      "upload",
    );
    expect(added.res.status).toBe(200);
    expect(added.html).toContain("Passaggio 3 di 5");
    expect(added.html).toContain("<strong>foto.jpg</strong>");
    expect(added.html).toContain("<strong>relazione.pdf</strong>");

    // Back and forth: the files stay with the form, nothing to upload again.
    const back = await postStep(c, added.html, {}, "back");
    const again = await postStep(c, back.html, r.approach);
    expect(again.html).toContain("<strong>foto.jpg</strong>");
    const check = await postFiles(c, again.html, r.results, {});
    const done = await postStep(c, check.html, r.you);
    expect(done.html).toContain("Controlla le tue risposte");
    expect(done.html).toContain("foto.jpg");
    expect(done.html).toContain("Relazione finale");
    t.clock.advance(10_000);
    expect((await postStep(c, done.html, {}, "send")).res.status).toBe(303);

    const p = (await practiceOf(r.project.title!))!;
    const media = await query(
      "select kind, alt, title, file_key, content_type from practice_media where practice_id = $1 order by position",
      [p.id],
    );
    expect(media.map((m) => [m.kind, m.alt ?? m.title, m.content_type])).toEqual([
      ["image", "Lettori al banco prestiti in piazza", "image/jpeg"],
      ["attachment", "Relazione finale", "application/pdf"],
    ]);
    const stored = await t.deps.files.get(media[0].file_key);
    expect(await exifr.gps(Buffer.from(stored!.bytes))).toBeUndefined();
    // The moderator sees both before deciding: the photo with its description, the document.
    const admin = await actorFor(t, "admin", "");
    const review = await (await admin.client.get(`/practices/moderation/${p.id}`)).text();
    const img =
      /<img src="(\/practices\/[^"]+\/media\/[0-9a-f-]+)" alt="Lettori al banco prestiti in piazza"/.exec(
        review,
      );
    expect(img).not.toBeNull();
    expect((await admin.client.get(img![1]!)).headers.get("content-type")).toBe("image/jpeg");
    expect(review).toContain("«Lettori al banco prestiti in piazza»");
    expect(review).toMatch(/download="relazione\.pdf">Relazione finale<\/a>/);
    expect(
      await query("select id from practice_pending_media where file_key = $1", [media[0].file_key]),
    ).toEqual([]);
  });

  it("removes the files of a form never sent after a day", async () => {
    const c = new Client(t);
    const r = report();
    let html = await (await c.get("/practices/new")).text();
    html = (await postStep(c, html, r.project)).html;
    html = (await postStep(c, html, r.approach)).html;
    const up = await postFiles(
      c,
      html,
      { ...r.results, attachmentTitle: "Abbandonato" },
      {
        attachment: { bytes: PDF, name: "abbandonato.pdf", type: "application/pdf" },
      },
      "upload",
    );
    expect(up.res.status).toBe(200);
    const [row] = await query("select file_key from practice_pending_media where title = 'Abbandonato'", []);
    expect(await t.deps.files.get(row.file_key)).toBeDefined();
    await cleanPending(t.deps);
    expect(await t.deps.files.get(row.file_key)).toBeDefined(); // not a day old yet
    t.clock.advance(25 * 3_600_000);
    await cleanPending(t.deps);
    expect(await query("select id from practice_pending_media where title = 'Abbandonato'", [])).toEqual([]);
    expect(await t.deps.files.get(row.file_key)).toBeUndefined();
  });
});

describe("check your answers", () => {
  it("shows every answer, changes a section keeping the rest, and sends one report however often it is sent", async () => {
    const c = new Client(t);
    const r = report({ approach: { problem: "Un problema **serio**" } });
    const check = await fillToCheck(c, r);
    expect(check.res.status).toBe(200);
    expect(field(check.html, "step")).toBe("4");
    expect(check.html).toContain(r.project.title);
    expect(check.html).toContain("Sistema bibliotecario Castelli Romani");
    expect(check.html).toContain("Un problema <strong>serio</strong>");
    expect(check.html).toContain("Anna Bianchi");
    expect(check.html).toMatch(/name="nav" value="change:0"/);

    const change = await postStep(c, check.html, {}, "change:0");
    expect(change.html).toContain("Passaggio 1 di 5");
    expect(change.html).toContain(`value="${r.project.title}"`);
    const retitled = `${r.project.title} (rivisto)`;
    // "Continue" goes straight back to the check page, every other answer still there.
    const back = await postStep(c, change.html, { ...r.project, title: retitled });
    expect(back.html).toContain("Controlla le tue risposte");
    expect(back.html).toContain(retitled);
    expect(back.html).toContain("Anna Bianchi");
    expect(back.html).toContain("Un problema <strong>serio</strong>");

    t.clock.advance(10_000);
    const sent = await postStep(c, back.html, {}, "send");
    expect(sent.res.status).toBe(303);
    const twice = await postStep(c, back.html, {}, "send");
    expect(twice.res.status).toBe(303);
    expect(twice.res.headers.get("location")).toBe(sent.res.headers.get("location"));
    expect(await query("select id from practices where title = $1", [retitled])).toHaveLength(1);
    expect(await practiceOf(r.project.title!)).toBeUndefined();
  });
});

describe("reference, thank-you and status pages", () => {
  it("gives a reference and a summary, and opens the status page from the mail, anonymous, as it moves", async () => {
    const net = await buildNetwork(t);
    const r = report({ project: { networkId: net.id } });
    const c = new Client(t);
    const sent = await fillAndSend(t, c, r);
    const thanks = await (await c.get(sent.res.headers.get("location")!)).text();
    const reference = /BTG-\d{4}-[0-9A-Z]{4}/.exec(thanks)?.[0];
    expect(reference).toBeDefined();
    expect(thanks).toContain(r.project.title);
    expect(thanks).toContain(r.project.summary);
    expect(thanks).toContain('href="/practices"');
    expect(thanks).toMatch(/href="\/practices\/status\?token=BTG-/);
    const p = (await practiceOf(r.project.title!))!;
    expect(
      (await query("select reference from practice_submissions where practice_id = $1", [p.id]))[0].reference,
    ).toBe(reference);

    const mail = await smtp.waitFor(r.you.email!, (m) => m.subject.includes("ricevuto"));
    expect(mail.text).toContain(reference);
    const link = linkIn(mail, `${t.config.baseUrl}/practices/status`);
    const visitor = new Client(t);
    let status = await (await visitor.get(pathOf(link))).text();
    expect(status).toContain(reference);
    expect(status).toContain("aspetta di essere letta");

    // Reference and address, typed: the same status, without the edit link.
    const lookup = await visitor.submit("/practices/status", "/practices/status", {
      reference: reference!.toLowerCase(),
      email: r.you.email!.toUpperCase(),
    });
    expect(lookup.status).toBe(200);
    expect(await lookup.text()).toContain(r.project.title);
    const wrong = await visitor.submit("/practices/status", "/practices/status", {
      reference: reference!,
      email: "qualcun-altro@example.org",
    });
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).not.toContain(r.project.title);
    expect((await visitor.get(`/practices/status?token=${reference}.forged`)).status).toBe(404);

    const coordinator = await actorFor(t, "coordinator", net.id);
    const decided = await coordinator.client.submit(
      `/practices/moderation/${p.id}`,
      `/practices/moderation/${p.id}`,
      {
        decision: "request-changes",
        reason: "Serve una foto del punto prestito.",
      },
    );
    expect(decided.status).toBe(303);
    status = await (await visitor.get(pathOf(link))).text();
    expect(status).toContain("Modifiche richieste");
    expect(status).toContain("Serve una foto del punto prestito.");
    const edit = /href="(\/practices\/submissions\/edit\?token=[^"]+)"/.exec(status)?.[1];
    expect(edit).toBeDefined();
    const editPage = await (await visitor.get(edit!.replaceAll("&amp;", "&"))).text();
    expect(editPage).toContain("Modifica la segnalazione");
    expect(editPage).toContain('name="image"');
    const typed = await visitor.submit("/practices/status", "/practices/status", {
      reference: reference!,
      email: r.you.email!,
    });
    const typedHtml = await typed.text();
    expect(typedHtml).toContain("Modifiche richieste");
    expect(typedHtml).not.toContain("/practices/submissions/edit");
  });
});

describe("the moderators' preview", () => {
  it("renders the Markdown as the published page does", async () => {
    const net = await buildNetwork(t);
    const r = report({
      project: { networkId: net.id },
      approach: { problem: "Testo **importante** con [un link](https://example.org).\n\n- uno\n- due" },
    });
    expect((await fillAndSend(t, new Client(t), r)).res.status).toBe(303);
    const p = (await practiceOf(r.project.title!))!;
    const coordinator = await actorFor(t, "coordinator", net.id);
    const preview = await (await coordinator.client.get(`/practices/moderation/${p.id}`)).text();
    expect(preview).toContain("<strong>importante</strong>");
    expect(preview).toContain("<li>uno</li>");
    expect(preview).toContain("<dd>Frascati, Italia</dd>"); // the country by name, not its code
    expect(preview).not.toContain("**importante**");
    await coordinator.client.submit(`/practices/moderation/${p.id}`, `/practices/moderation/${p.id}`, {
      decision: "publish",
      reason: "",
    });
    const slug = (await query("select slug from practices where id = $1", [p.id]))[0].slug;
    const page = await (await new Client(t).get(`/practices/${slug}`)).text();
    const text = (html: string) => /<div class="practice-text">[\s\S]*?<\/div>/.exec(html)?.[0];
    expect(text(preview)).toBeDefined();
    expect(text(preview)).toBe(text(page));
  });
});

describe("coordinators are told", () => {
  it("mails a network's coordinators a new report and a resubmitted one; admins when there is no network", async () => {
    const net = await buildNetwork(t);
    const coordinator = await actorFor(t, "coordinator", net.id);
    const member = await actorFor(t, "member", net.id);
    const r = report({ project: { networkId: net.id } });
    expect((await fillAndSend(t, new Client(t), r)).res.status).toBe(303);
    const notice = await smtp.waitFor(coordinator.email!, (m) => m.subject.includes(r.project.title!));
    expect(notice.subject).toContain("Nuova segnalazione da moderare");
    const p = (await practiceOf(r.project.title!))!;
    expect(notice.text).toContain(`${t.config.baseUrl}/practices/moderation/${p.id}`);
    expect(notice.text).not.toContain(r.you.email);

    await coordinator.client.submit(`/practices/moderation/${p.id}`, `/practices/moderation/${p.id}`, {
      decision: "request-changes",
      reason: "Manca il periodo.",
    });
    const ask = await smtp.waitFor(r.you.email!, (m) => m.subject.includes("Modifiche richieste"));
    const editLink = linkIn(ask, `${t.config.baseUrl}/practices/submissions/edit`);
    const submitter = new Client(t);
    const resent = await submitter.submit(pathOf(editLink), "/practices/submissions/edit", {
      token: new URL(editLink).searchParams.get("token")!,
      ...r.project,
      themes: "libraries",
      ...r.approach,
      ...r.results,
      endYear: "2024",
      nav: "send",
    });
    expect(resent.status).toBe(303);
    const again = await smtp.waitFor(coordinator.email!, (m) =>
      m.subject.includes("Segnalazione modificata"),
    );
    expect(again.subject).toContain(r.project.title);
    await jobsSettled(t);
    const toMember = smtp.messages.filter(
      (m) => m.to.includes(member.email!) && m.subject.includes("moderare"),
    );
    expect(toMember).toEqual([]);

    const admin = await buildAccount(t, { isAdmin: true });
    const loose = report();
    expect((await fillAndSend(t, new Client(t), loose)).res.status).toBe(303);
    const toAdmin = await smtp.waitFor(admin.email, (m) => m.subject.includes(loose.project.title!));
    expect(toAdmin.subject).toContain("Nuova segnalazione");
  });

  it("reminds them daily, in their digest, of reports waiting over 3 days, not of younger ones", async () => {
    const net = await buildNetwork(t);
    const coordinator = await actorFor(t, "coordinator", net.id);
    const reminders = async () =>
      (
        await t.deps.pool.query(
          "select digest, href from notifications where account_id = $1 and kind = 'practices.reports-waiting'",
          [coordinator.accountId],
        )
      ).rows;
    const old = report({ project: { networkId: net.id } });
    expect((await fillAndSend(t, new Client(t), old)).res.status).toBe(303);
    await jobsSettled(t);
    smtp.clear();
    t.clock.advance(2 * 86_400_000);
    expect(await remindModerators(t.deps, t.clock.now())).toBe(0);
    await jobsSettled(t);
    expect(await reminders()).toEqual([]);

    const young = report({ project: { networkId: net.id } });
    expect((await fillAndSend(t, new Client(t), young)).res.status).toBe(303);
    t.clock.advance(2 * 86_400_000);
    await jobsSettled(t);
    smtp.clear();
    expect(await remindModerators(t.deps, t.clock.now())).toBeGreaterThanOrEqual(1);
    await jobsSettled(t);
    // Waiting for the digest (the kind's default), not mailed at once.
    expect(await reminders()).toEqual([{ digest: "pending", href: "/practices/moderation" }]);
    expect(smtp.messages.filter((m) => m.to.includes(coordinator.email!))).toEqual([]);
    const list = (await (await coordinator.client.get("/me/notifications?lang=it")).text()).replace(
      /&#39;/g,
      "'",
    );
    expect(list).toContain(
      `La segnalazione «${old.project.title}» aspetta la moderazione da più di 3 giorni`,
    );
    // Only the old one counts: the younger report is not in the reminder (one report, named).
    expect(list).not.toContain("Segnalazioni in attesa di moderazione da più di 3 giorni");
  });
});
