// "Report a project" through the pages without JavaScript, its fields: country as a named select,
// years in range, one error line per problem; photos (alt text required, no GPS left) and documents
// (checked on content) kept as pending files across steps, removed after a day if never sent.
// Set-up shared through workflow/submissions.report.test-kit.ts.
import exifr from "exifr";
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../../test/helpers/client.ts";
import { actorFor } from "../../../../test/helpers/factories.ts";
import { phonePhoto } from "../../../../test/helpers/images.ts";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import {
  fillAndSend,
  fillToCheck,
  postFiles,
  postStep,
  REPORT,
} from "../../../../test/helpers/submissions.ts";
import { cleanPending } from "../media/pending.ts";
import { PDF, report, summaryLines, useReportForm } from "./submissions.report.test-kit.ts";
import { lastYear } from "./submissions.schema.ts";

const kit = useReportForm();
const { query, practiceOf } = kit;
let t: TestRuntime;
beforeAll(() => {
  ({ t } = kit);
});

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
