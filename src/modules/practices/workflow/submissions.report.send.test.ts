// "Report a project" sent: the check-answers page (change keeps everything, send makes one report),
// the reference with the thank-you and status pages (anonymous, from the mail's link), and the
// moderators' Markdown preview (with the photos and documents sent). Set-up shared through
// workflow/submissions.report.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../../test/helpers/smtp.ts";
import { field, fillAndSend, fillToCheck, postStep } from "../../../../test/helpers/submissions.ts";
import { report, useReportForm } from "./submissions.report.test-kit.ts";

const kit = useReportForm();
const { query, practiceOf } = kit;
let t: TestRuntime;
let smtp: SmtpSink;
beforeAll(() => {
  ({ t, smtp } = kit);
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
