// The demo data for Lab II's materials, members and action plans loads and reads well: the video
// interview plays with its captions and transcript, the PDF is a PDF, the plan exports as CSV.
import { fileTypeFromBuffer } from "file-type";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemo } from "../../../../test/helpers/demo.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";

const LAB = "/labs/lab-ii-valorizzazione-del-patrimonio-culturale";
let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
}, 60_000);
afterAll(() => t.close());

it("shows the cover, participants, the featured video and the plans on Lab II's page", async () => {
  const page = await (await t.app.request(LAB)).text();
  const src = /<img src="(\/labs\/[^"]+\/cover\/[^"]+\.jpg)" alt="Illustrazione di copertina del Lab II/.exec(
    page,
  )![1]!;
  // The demo's drawing, stored through the image pipeline: a JPEG of the same 1200 × 400 pixels, and
  // a picture rather than flat bands (many distinct colours, not three).
  const cover = Buffer.from(await (await t.app.request(src)).arrayBuffer());
  expect(await sharp(cover).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 400 });
  const { data } = await sharp(cover).raw().toBuffer({ resolveWithObject: true });
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 3) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  expect(colours.size).toBeGreaterThan(500);
  expect(page).toContain("Comune di Bergamo");
  expect(page).toContain("Videointervista: l&#39;archivio storico dell&#39;Oltrepò riaperto ai cittadini");
  expect(page).toContain("Piano d&#39;azione integrato del Lab II");
  // The slides belong to the funding meeting, a public one: shown to anonymous visitors too.
  expect(page).toContain("Scenario normativo");
});

it("serves the video, its WebVTT captions and transcript", async () => {
  const list = await (await t.app.request(`${LAB}/materials?tag=videointerviste`)).text();
  const href = /href="(\/labs\/[^"]+\/materials\/[0-9a-f-]{36})"/.exec(list)![1]!;
  const page = await (await t.app.request(href)).text();
  expect(page).toContain('<track kind="captions"');
  expect(page).toContain("Giorgio Rinaldi");
  const video = Buffer.from(await (await t.app.request(`${href}/file`)).arrayBuffer());
  expect((await fileTypeFromBuffer(video))?.mime).toBe("video/webm");
  const vtt = await (await t.app.request(`${href}/captions.vtt`)).text();
  expect(vtt.startsWith("WEBVTT")).toBe(true);
});

it("has the funding meeting's slides as a PDF a PDF library reads", async () => {
  const { simplePdf } = await import("./demo.ts");
  const pdf = await PDFDocument.load(simplePdf("Scenario normativo", ["Città, però (bozza)"]));
  expect(pdf.getPageCount()).toBe(1);
  expect(pdf.getTitle()).toBe("Scenario normativo");
});

it("has an action plan with goals and actions in every status, exported as CSV", async () => {
  const plan = `${LAB}/plans/piano-d-azione-integrato-del-lab-ii`;
  const page = await (await t.app.request(plan)).text();
  for (const s of ["Prevista", "In corso", "Completata", "Abbandonata"]) expect(page).toContain(s);
  const csv = await (await t.app.request(`${plan}/export.csv`)).text();
  // A header, six actions written in the plan and one promoted from the closing meeting's board
  // session (boards/lab-ii.demo.ts).
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(8);
  expect(csv).toContain("Calendario comune delle scadenze dei bandi per il patrimonio");
});
