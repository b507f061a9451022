// "Report a project" through the pages, without JavaScript: the four steps with their progress list,
// values kept, errors in the person's language on the same step, drafts for signed-in people, the
// receipt mail (SMTP sink); anti-spam (honeypot, minimum fill time, limits per IP and per address,
// limits on the files and bytes one IP uploads without an account) and bad input (oversized text, unknown themes, markup) refused or kept as text, never a 500.
import { describe, expect, it } from "vitest";
import { Client } from "../../../../test/helpers/client.ts";
import { buildAccount, buildNetwork, signedIn } from "../../../../test/helpers/factories.ts";
import { withMailRuntime } from "../../../../test/helpers/mail-runtime.ts";
import { awayFromHourBoundary, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import type { SmtpSink } from "../../../../test/helpers/smtp.ts";
import {
  field,
  fillAndSend,
  pdf,
  postFiles,
  postStep,
  REPORT,
  type Report,
} from "../../../../test/helpers/submissions.ts";
import { hashToken } from "../../../platform/ids.ts";
import { loadPractice } from "../catalogue/service.ts";
import { findSubmission, moveStatus, updateSubmission } from "./repo.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime(
  (r) => {
    t = r.t;
    smtp = r.smtp;
  },
  {
    env: { TRUST_PROXY: "true" },
    // Each report moves the clock 10 s; the limits below are hourly fixed windows.
    start: awayFromHourBoundary(),
    limits: {
      submissionsPerIp: { max: 3, windowSeconds: 3600 },
      submissionsPerEmail: { max: 2, windowSeconds: 3600 },
      // Small, so the upload limits' test reaches them with a few small files.
      uploadsPerIp: { max: 3, windowSeconds: 3600 },
      uploadBytesPerIp: { max: 4096, windowSeconds: 3600 },
    },
  },
);

let ips = 0;
/** A browser from its own address, so the per-IP limit is per test. */
const browser = (lang = "it") =>
  new Client(t, { "x-forwarded-for": `10.1.0.${++ips}`, "accept-language": lang });
let mailboxes = 0;
const report = (o: Partial<Record<keyof Report, Record<string, string>>> = {}): Report => ({
  project: { ...REPORT.project, ...o.project },
  approach: { ...REPORT.approach, ...o.approach },
  results: { ...REPORT.results, ...o.results },
  you: { ...REPORT.you, email: `persona${++mailboxes}@example.org`, ...o.you },
});

const sentId = async (email: string) => {
  const { rows } = await t.deps.pool.query(
    "select practice_id from practice_submissions where submitter_email = $1 order by created_at desc limit 1",
    [email],
  );
  return rows[0]?.practice_id as string | undefined;
};

describe("report a project without an account", () => {
  it("walks four steps and the check-answers page, sends, stores a submitted practice and mails a receipt", async () => {
    const c = browser();
    const r = report({ you: { email: "ricevuta@example.org" } });
    let html = await (await c.get("/practices/new")).text();
    expect(html).toContain("Segnala un progetto");
    expect(html).toMatch(/aria-current="step"[^>]*>[\s\S]*?Il progetto/);
    expect(html).toContain('name="homepage"');
    const one = await postStep(c, html, r.project);
    expect(one.res.status).toBe(200);
    expect(one.html).toContain("Passaggio 2 di 5");
    expect(one.html).toMatch(/aria-current="step"[^>]*>[\s\S]*?Problema e soluzione/);
    expect(one.html).toContain("(completato)");
    // Back to step 1: what was typed is still there.
    const back = await postStep(c, one.html, r.approach, "back");
    expect(back.html).toContain('value="Biblioteca diffusa nei Castelli Romani"');
    html = (await postStep(c, back.html, r.project)).html;
    expect(html).toContain("Le biblioteche erano lontane"); // step 2 kept its text too
    html = (await postStep(c, html, r.approach)).html;
    html = (await postStep(c, html, r.results)).html;
    expect(html).toContain("Passaggio 4 di 5");
    const check = await postStep(c, html, r.you);
    expect(check.res.status).toBe(200);
    expect(check.html).toContain("Controlla le tue risposte");
    t.clock.advance(10_000);
    const sent = await postStep(c, check.html, {}, "send");
    expect(sent.res.status).toBe(303);
    expect(sent.res.headers.get("location")).toMatch(/^\/practices\/new\/sent\?token=BTG-\d{4}-/);
    expect((await c.get(sent.res.headers.get("location")!)).status).toBe(200);

    const id = (await sentId("ricevuta@example.org"))!;
    const p = await loadPractice(t.deps, id);
    expect(p).toMatchObject({
      status: "submitted",
      title: r.project.title,
      themes: ["libraries", "participation"],
    });
    expect(p.createdBy).toBeNull();
    const meta = (await findSubmission(t.deps.db, id))!;
    expect(meta).toMatchObject({ submitter_name: "Anna Bianchi", organisation_name: r.project.organisation });
    expect(meta.consent_publication_at).toBeInstanceOf(Date);
    expect(meta.consent_contact_at).toBeInstanceOf(Date);
    const mail = await smtp.waitFor("ricevuta@example.org");
    expect(mail.subject).toContain("Abbiamo ricevuto");
    expect(mail.text).toContain(r.project.title);
  });

  it("shows errors on the same step in the person's language, with the input kept", async () => {
    const c = browser("en");
    const html = await (await c.get("/practices/new")).text();
    expect(html).toContain("Report a project");
    const bad = await postStep(c, html, {
      ...REPORT.project,
      title: "",
      summary: "x".repeat(501),
      startYear: "20x1",
    });
    expect(bad.res.status).toBe(422);
    expect(bad.html).toContain("Step 1 of 5");
    expect(bad.html).toContain("This field is required.");
    expect(bad.html).toMatch(/at most 500 characters/i);
    expect(bad.html).toContain("Give a four-digit year");
    expect(bad.html).toContain('aria-invalid="true"');
    expect(bad.html).toContain('value="20x1"');
    expect(bad.html).toContain("Sistema bibliotecario Castelli Romani");
  });

  it("asks for both consents and a valid address on the last step", async () => {
    const c = browser();
    const out = await fillAndSend(
      t,
      c,
      report({ you: { email: "not-an-address", consentPublication: "", consentContact: "" } }),
    );
    expect(out.res.status).toBe(422);
    expect(out.html).toContain("Passaggio 4 di 5");
    expect(out.html).toContain("Serve il tuo consenso alla pubblicazione");
    expect(out.html).toContain("Serve il tuo consenso a essere contattato");
    expect(out.html).toContain("indirizzo email valido");
  });

  it("refuses a state that was tampered with (400, the form starts again)", async () => {
    const c = browser();
    const html = await (await c.get("/practices/new")).text();
    const forged = html.replace(
      /name="state" value="([^"]*)"/,
      (_m, s: string) => `name="state" value="${s.slice(0, -2)}xx"`,
    );
    const out = await postStep(c, forged, REPORT.project);
    expect(out.res.status).toBe(400);
    expect(out.html).toContain("non era più valido");
  });
});

describe("anti-spam", () => {
  it("stores nothing when the honeypot field is filled", async () => {
    const c = browser();
    const r = report();
    const out = await fillAndSend(t, c, { ...r, you: { ...r.you, homepage: "http://spam.example" } });
    expect(out.res.status).toBe(422);
    expect(out.html).toContain("campo da lasciare vuoto");
    expect(await sentId(r.you.email!)).toBeUndefined();
  });

  it("refuses a report sent faster than a person can fill it, and takes it once time has passed", async () => {
    const c = browser();
    const r = report();
    let html = await (await c.get("/practices/new")).text();
    for (const step of [r.project, r.approach, r.results, r.you]) html = (await postStep(c, html, step)).html;
    const fast = await postStep(c, html, {}, "send");
    expect(fast.res.status).toBe(422);
    expect(fast.html).toContain("molto velocemente");
    expect(await sentId(r.you.email!)).toBeUndefined();
    t.clock.advance(6_000);
    const again = await postStep(c, fast.html, {}, "send");
    expect(again.res.status).toBe(303);
  });

  it("limits reports per address and per IP (429 with Retry-After, message on the form)", async () => {
    const email = "tante-segnalazioni@example.org";
    const c1 = browser();
    expect((await fillAndSend(t, c1, report({ you: { email } }))).res.status).toBe(303);
    const c2 = browser();
    expect((await fillAndSend(t, c2, report({ you: { email } }))).res.status).toBe(303);
    const c3 = browser();
    const third = await fillAndSend(t, c3, report({ you: { email } }));
    expect(third.res.status).toBe(429);
    expect(third.res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(third.html).toContain("troppe segnalazioni");

    const same = browser();
    for (let i = 0; i < 3; i++) expect((await fillAndSend(t, same, report())).res.status).toBe(303);
    expect((await fillAndSend(t, same, report())).res.status).toBe(429);
  });
});

describe("uploads without an account", () => {
  const pendingNamed = async (filename: string) =>
    (await t.deps.pool.query("select id from practice_pending_media where filename = $1", [filename])).rows;

  /** A browser at the results step of a new report. */
  async function atResults(c: Client) {
    let html = await (await c.get("/practices/new")).text();
    html = (await postStep(c, html, REPORT.project)).html;
    return (await postStep(c, html, REPORT.approach)).html;
  }
  const upload = (c: Client, html: string, name: string, bytes = pdf()) =>
    postFiles(
      c,
      html,
      { ...REPORT.results, attachmentTitle: `Documento ${name}` },
      { attachment: { bytes, name, type: "application/pdf" } },
      "upload",
    );

  it("limits the files one IP uploads: over it, a 429 on the same form, the file not stored", async () => {
    const c = browser();
    let html = await atResults(c);
    for (const name of ["uno.pdf", "due.pdf", "tre.pdf"]) {
      const ok = await upload(c, html, name);
      expect(ok.res.status).toBe(200);
      html = ok.html;
    }
    const over = await upload(c, html, "quattro.pdf");
    expect(over.res.status).toBe(429);
    expect(over.res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(over.html).toContain('id="attachment-error"');
    expect(over.html).toContain("troppi file nell&#39;ultima ora");
    // The same step, with what was typed and the files already added.
    expect(over.html).toContain("Passaggio 3 di 5");
    expect(over.html).toContain("Tremila prestiti nel primo anno.");
    expect(over.html).toContain('value="Documento quattro.pdf"');
    expect(over.html).toContain("<strong>tre.pdf</strong>");
    expect(await pendingNamed("quattro.pdf")).toEqual([]);
    expect(await pendingNamed("tre.pdf")).toHaveLength(1);
    // In English too.
    const en = browser("en");
    let enHtml = await atResults(en);
    for (const name of ["a.pdf", "b.pdf", "c.pdf"]) enHtml = (await upload(en, enHtml, name)).html;
    expect((await upload(en, enHtml, "d.pdf")).html).toContain("too many files were uploaded");

    // Another address is not held back; the next hour, this one may upload again.
    const other = browser();
    expect((await upload(other, await atResults(other), "altrove.pdf")).res.status).toBe(200);
    t.clock.advance(3_600_000);
    expect((await upload(c, over.html, "dopo.pdf")).res.status).toBe(200);
  });

  it("limits the bytes one IP uploads, and the same limits hold on the mailed edit link", async () => {
    const c = browser();
    const html = await atResults(c);
    const first = await upload(c, html, "grande-1.pdf", pdf(3000));
    expect(first.res.status).toBe(200);
    const second = await upload(c, first.html, "grande-2.pdf", pdf(3000));
    expect(second.res.status).toBe(429);
    expect(await pendingNamed("grande-2.pdf")).toEqual([]);

    // A report waiting for changes, edited through its mailed link from an address at its limit.
    const r = report();
    expect((await fillAndSend(t, browser(), r)).res.status).toBe(303);
    const id = (await sentId(r.you.email!))!;
    await moveStatus(t.deps.db, id, ["submitted"], "changes-requested", t.clock.now());
    await updateSubmission(t.deps.db, id, {
      reason: "Aggiungete la relazione.",
      edit_token_hash: hashToken("link-dei-limiti"),
      edit_token_expires_at: new Date(t.clock.now().getTime() + 86_400_000),
    });
    const path = "/practices/submissions/edit?token=link-dei-limiti";
    const page = await (await c.get(path)).text();
    const refused = await postFiles(
      c,
      page,
      { ...REPORT.project, ...REPORT.approach, ...REPORT.results, attachmentTitle: "Relazione" },
      { attachment: { bytes: pdf(), name: "relazione.pdf", type: "application/pdf" } },
      "upload",
      "/practices/submissions/edit",
    );
    expect(refused.res.status).toBe(429);
    expect(refused.html).toContain("troppi file nell&#39;ultima ora");
    const stored = await t.deps.pool.query("select id from practice_media where practice_id = $1", [id]);
    expect(stored.rows).toEqual([]);
  });

  it("does not limit people signed in", async () => {
    const c = await signedIn(t, (await buildAccount(t)).id);
    c.headers["x-forwarded-for"] = `10.3.0.${++ips}`;
    let html = await atResults(c);
    for (const name of ["firmato-1.pdf", "firmato-2.pdf", "firmato-3.pdf", "firmato-4.pdf"]) {
      const ok = await upload(c, html, name);
      expect(ok.res.status).toBe(200);
      html = ok.html;
    }
    expect(await pendingNamed("firmato-4.pdf")).toHaveLength(1);
  });
});

describe("bad input", () => {
  it("refuses unknown themes, markup in plain fields and oversized text, on the right step", async () => {
    const c = browser();
    const html = await (await c.get("/practices/new")).text();
    const bad = await postStep(c, html, {
      ...REPORT.project,
      themes: "libraries,made-up-theme",
      title: "<script>alert(1)</script>",
    });
    expect(bad.res.status).toBe(422);
    expect(bad.html).toContain("Tema sconosciuto");
    expect(bad.html).toContain("senza codice HTML");
    expect(bad.html).not.toContain("<script>alert(1)</script>");
    expect(bad.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const ok = await postStep(c, bad.html, REPORT.project);
    const big = await postStep(c, ok.html, { ...REPORT.approach, problem: "a".repeat(20_001) });
    expect(big.res.status).toBe(422);
    expect(big.html).toContain("Passaggio 2 di 5");
  });

  it("keeps markup in Markdown fields as text, never as HTML", async () => {
    const c = browser();
    const r = report({ approach: { problem: 'Prima <script>alert("x")</script> dopo' } });
    expect((await fillAndSend(t, c, r)).res.status).toBe(303);
    const p = await loadPractice(t.deps, (await sentId(r.you.email!))!);
    expect(p.problem).toBe('Prima <script>alert("x")</script> dopo');
  });

  it("answers 422 for a network that does not exist", async () => {
    const c = browser();
    const out = await fillAndSend(
      t,
      c,
      report({ project: { networkId: "01900000-0000-7000-8000-000000000000" } }),
    );
    expect(out.res.status).toBe(422);
    expect(out.html).toContain("Rete sconosciuta");
  });
});

describe("signed-in people keep a draft", () => {
  it("saves a draft at each step, lists it, resumes it, and sends it", async () => {
    const a = await buildAccount(t, { name: "Marta Verdi" });
    const c = await signedIn(t, a.id);
    c.headers["x-forwarded-for"] = `10.2.0.${++ips}`;
    let html = await (await c.get("/practices/new")).text();
    const net = await buildNetwork(t, { name: "Rete delle bozze" });
    html = (await postStep(c, html, { ...REPORT.project, title: "Bozza di Marta", networkId: net.id })).html;
    const saved = await postStep(c, html, { ...REPORT.approach, solution: "" }, "save");
    expect(saved.res.status).toBe(422); // the step must be valid to save it
    const ok = await postStep(c, saved.html, REPORT.approach, "save");
    expect(ok.res.status).toBe(303);
    const list = await (await c.get("/practices/new")).text();
    expect(list).toContain("Bozza di Marta");
    const draftId = /\/practices\/new\?draft=([0-9a-f-]{36})/.exec(list)![1]!;
    const draft = await loadPractice(t.deps, draftId);
    expect(draft).toMatchObject({
      status: "draft",
      createdBy: a.id,
      networkId: net.id,
      problem: REPORT.approach.problem,
    });

    // Someone else cannot open it.
    const other = await signedIn(t, (await buildAccount(t)).id);
    expect((await other.get(`/practices/new?draft=${draftId}`)).status).toBe(404);

    const sent = await fillAndSend(
      t,
      c,
      report({ project: { title: "Bozza di Marta", networkId: net.id } }),
      `/practices/new?draft=${draftId}`,
    );
    expect(sent.res.status).toBe(303);
    expect((await loadPractice(t.deps, draftId)).status).toBe("submitted");
    expect((await c.get("/practices/new")).status).toBe(200);
    expect(await (await c.get("/practices/new")).text()).not.toContain(`draft=${draftId}`);
  });

  it("starts the form with the account's name and address", async () => {
    const a = await buildAccount(t, { name: "Luca Neri", email: "luca.neri@example.org" });
    const c = await signedIn(t, a.id);
    let html = await (await c.get("/practices/new")).text();
    for (const step of [REPORT.project, REPORT.approach, REPORT.results])
      html = (await postStep(c, html, step)).html;
    expect(html).toContain('value="Luca Neri"');
    expect(html).toContain('value="luca.neri@example.org"');
    expect(field(html, "step")).toBe("3");
    // Saving from the last step asks for no consent yet.
    const saved = await postStep(
      c,
      html,
      { ...REPORT.you, consentPublication: "", consentContact: "" },
      "save",
    );
    expect(saved.res.status).toBe(303);
  });
});
