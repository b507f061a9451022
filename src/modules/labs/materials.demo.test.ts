// The demo data for Lab II's materials, members and action plans loads and reads well: the video
// interview plays with its captions and transcript, the PDF is a PDF, the plan exports as CSV.
import { crc32, inflateSync } from "node:zlib";
import { fileTypeFromBuffer } from "file-type";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { seedDemo } from "../../platform/demo.ts";

const LAB = "/labs/lab-ii-valorizzazione-del-patrimonio-culturale";
let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
}, 60_000);
afterAll(() => t.close());

it("shows the cover, participants, the featured video and the plans on Lab II's page", async () => {
  const page = await (await t.app.request(LAB)).text();
  const src = /<img src="(\/labs\/[^"]+\/cover\/[^"]+\.png)" alt="Fasce orizzontali/.exec(page)![1]!;
  // A well-formed PNG: every chunk's CRC is right and the pixels inflate to 320 rows of 960 RGB pixels.
  const png = Buffer.from(await (await t.app.request(src)).arrayBuffer());
  let idat = Buffer.alloc(0);
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8);
    expect(png.readUInt32BE(at + 8 + len)).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
    if (type.toString() === "IDAT") idat = Buffer.concat([idat, png.subarray(at + 8, at + 8 + len)]);
    at += 12 + len;
  }
  expect(inflateSync(idat).length).toBe(320 * (1 + 960 * 3));
  expect(page).toContain("Comune di Bergamo");
  expect(page).toContain("Videointervista: l&#39;archivio storico dell&#39;Oltrepò riaperto ai cittadini");
  expect(page).toContain("Piano d&#39;azione integrato del Lab II");
  // The slides belong to a meeting for the network's members: not shown to anonymous visitors.
  expect(page).not.toContain("Scenario normativo");
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
  const { simplePdf } = await import("./materials.demo.ts");
  const pdf = await PDFDocument.load(simplePdf("Scenario normativo", ["Città, però (bozza)"]));
  expect(pdf.getPageCount()).toBe(1);
  expect(pdf.getTitle()).toBe("Scenario normativo");
});

it("has an action plan with goals and actions in every status, exported as CSV", async () => {
  const plan = `${LAB}/plans/piano-d-azione-integrato-del-lab-ii`;
  const page = await (await t.app.request(plan)).text();
  for (const s of ["Prevista", "In corso", "Completata", "Abbandonata"]) expect(page).toContain(s);
  const csv = await (await t.app.request(`${plan}/export.csv`)).text();
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(7);
});
