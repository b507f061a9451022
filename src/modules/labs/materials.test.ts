// Materials of a lab: uploads checked on their content (bad files refused with a clear message on the
// same form, nothing stored), videos refused without captions, transcript or consent, files served
// with their type to those who may see the lab only, curators' tags, featuring and hiding, and
// deleting (curators any material, authors their own) after a confirmation page, audited.
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Client } from "../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { addMember } from "./labs.service.ts";
import type { Lab } from "./labs.types.ts";

// A real 1×1 PNG, the first bytes of a real PDF, and a WebM header (EBML, DocType "webm").
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from(
  "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
const WEBM = Buffer.from("1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810442858102", "hex");
const VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nBuongiorno a tutti.\n";

/** A ZIP archive with stored (uncompressed) entries: enough to make real ODT and DOCX containers. */
function storedZip(files: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, "utf8");
    const n = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const ODT = storedZip([
  ["mimetype", "application/vnd.oasis.opendocument.text"],
  ["content.xml", "<office:document-content/>"],
]);
const DOCX = storedZip([
  [
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ],
  ["word/document.xml", "<w:document/>"],
]);

let t: TestRuntime;
let lab: Lab;
const who: Record<string, Client> = {};

beforeAll(async () => {
  t = await createTestRuntime();
  const net = await buildNetwork(t);
  lab = await buildLab(t, net.id, { visibility: "network" });
  for (const role of ["anonymous", "member", "coordinator", "other-coordinator"] as const)
    who[role] = (await actorFor(t, role, net.id)).client;
  const contributor = await actorFor(t, "member", net.id);
  await addMember(t.deps, lab.id, contributor.accountId!, "member");
  who.contributor = contributor.client;
});
afterAll(() => t.close());

const newPage = (kind = "document") => `/labs/${lab.slug}/materials/new?kind=${kind}`;

async function upload(c: Client, kind: string, fields: Record<string, string | Blob>) {
  const fd = new FormData();
  fd.set("_csrf", await c.csrf(newPage(kind)));
  fd.set("kind", kind);
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return c.post(`/labs/${lab.slug}/materials`, fd);
}

const file = (bytes: Buffer | string, name: string, type = "application/octet-stream") =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });

const storedFiles = () => {
  try {
    return readdirSync(path.join(t.dataDir, "files", "materials")).length;
  } catch {
    return 0;
  }
};

describe("adding materials", () => {
  it("refuses a file whose content is not an accepted type, whatever its name, and stores nothing", async () => {
    const before = storedFiles();
    const res = await upload(who.contributor!, "document", {
      title: "Relazione finale",
      file: file("MZ\x90\x00 not really a pdf", "relazione.pdf", "application/pdf"),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Questo file non è un PDF, ODT, DOCX o un&#39;immagine");
    expect(html).toContain('value="Relazione finale"');
    expect(storedFiles()).toBe(before);
  });

  it("refuses a file over the limit with a clear message", async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const res = await upload(who.contributor!, "document", {
      title: "Troppo grande",
      file: file(big, "a.pdf"),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("Il file supera il limite di 10 MB.");
  });

  it("accepts a PDF and serves it with its type to members of the network only", async () => {
    const res = await upload(who.contributor!, "document", {
      title: "Scenario normativo",
      description: "Le slide dell'incontro",
      file: file(PDF, "scenario normativo.pdf"),
    });
    expect(res.status).toBe(303);
    const page = res.headers.get("location")!;
    const html = await (await who.member!.get(page)).text();
    expect(html).toContain("Scenario normativo");
    const got = await who.member!.get(`${page}/file`);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await got.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await who.anonymous!.get(`${page}/file`)).status).toBe(404);
    expect((await who["other-coordinator"]!.get(`${page}/file`)).status).toBe(404);
    expect((await who.anonymous!.get(page)).status).toBe(404);
  });

  it("accepts ODT and DOCX by their content and serves them as downloads; a plain ZIP named .docx is refused", async () => {
    for (const [bytes, name, type] of [
      [ODT, "verbale.odt", "application/vnd.oasis.opendocument.text"],
      [DOCX, "verbale.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ] as const) {
      const res = await upload(who.contributor!, "document", {
        title: `Verbale ${name}`,
        file: file(bytes, name),
      });
      expect(res.status).toBe(303);
      const got = await who.member!.get(`${res.headers.get("location")}/file`);
      expect(got.headers.get("content-type")).toBe(type);
      expect(got.headers.get("content-disposition")).toBe(`attachment; filename*=UTF-8''${name}`);
    }
    const zip = storedZip([["leggimi.txt", "ciao"]]);
    const bad = await upload(who.contributor!, "document", {
      title: "Archivio",
      file: file(zip, "finto.docx"),
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Questo file non è un PDF, ODT, DOCX");
  });

  it("drops NUL characters from what people type instead of failing", async () => {
    const res = await upload(who.contributor!, "link", {
      title: "Link\u0000 nullo",
      url: "https://example.org",
    });
    expect(res.status).toBe(303);
  });

  it("lets only the lab's members contribute (a network member who is not in the lab gets 403)", async () => {
    expect((await who.member!.get(newPage())).status).toBe(403);
    expect((await who.anonymous!.get(newPage())).status).toBe(303);
    expect((await who.contributor!.get(newPage())).status).toBe(200);
  });

  it("accepts a link and attaches it to a visible meeting", async () => {
    const meeting = await buildMeeting(t, lab, { visibility: "network" });
    const c = who.contributor!;
    const res = await c.submit(newPage("link"), `/labs/${lab.slug}/materials`, {
      kind: "link",
      title: "Linee guida #PASocial",
      url: "https://www.pasocial.info",
      meetingId: meeting.id,
    });
    expect(res.status).toBe(303);
    const html = await (await c.get(res.headers.get("location")!)).text();
    expect(html).toContain("https://www.pasocial.info");
    expect(html).toContain(meeting.title);
    const only = await (await c.get(`/labs/${lab.slug}/materials?meeting=${meeting.slug}`)).text();
    expect(only).toContain("Linee guida #PASocial");
    expect(only).not.toContain("Scenario normativo");
  });
});

describe("videos", () => {
  const base = {
    title: "Intervista al Sindaco",
    transcript: "Buongiorno a tutti.",
    consentBy: "Mario Bianchi, Sindaco",
  };

  it("is refused without the consent of the people filmed, with the values kept", async () => {
    const res = await upload(who.contributor!, "video", {
      ...base,
      file: file(WEBM, "intervista.webm"),
      captions: file(VTT, "intervista.vtt"),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Senza il consenso delle persone riprese il video non può essere pubblicato.");
    expect(html).toContain('value="Mario Bianchi, Sindaco"');
  });

  it("is refused with a caption file that is not WebVTT, and without a transcript", async () => {
    const res = await upload(who.contributor!, "video", {
      ...base,
      transcript: "",
      consent: "on",
      file: file(WEBM, "intervista.webm"),
      captions: file("1\n00:00:00,000 --> 00:00:02,000\nCiao\n", "intervista.srt"),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Il file dei sottotitoli non è WebVTT");
    expect(html).toContain("Un video deve avere la trascrizione.");
  });

  it("is refused when the video file is not a video", async () => {
    const res = await upload(who.contributor!, "video", {
      ...base,
      consent: "on",
      file: file(PNG, "intervista.webm"),
      captions: file(VTT, "intervista.vtt"),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Questo file non è un video MP4 o WebM");
  });

  it("is shown with a captions track, transcript and the consent record", async () => {
    const res = await upload(who.contributor!, "video", {
      ...base,
      consent: "on",
      file: file(WEBM, "intervista.webm"),
      captions: file(VTT, "intervista.vtt"),
    });
    expect(res.status).toBe(303);
    const page = res.headers.get("location")!;
    const html = await (await who.member!.get(page)).text();
    expect(html).toMatch(/<video[^>]*src="[^"]+\/file"/);
    expect(html).toMatch(/<track kind="captions" src="[^"]+\/captions\.vtt"/);
    expect(html).toContain("Consenso alla pubblicazione dato da Mario Bianchi, Sindaco");
    const vtt = await who.member!.get(`${page}/captions.vtt`);
    expect(vtt.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(await vtt.text()).toBe(VTT);
    const video = await who.member!.get(`${page}/file`, { range: "bytes=0-3" });
    expect(video.status).toBe(206);
    expect(video.headers.get("content-type")).toBe("video/webm");
    expect(video.headers.get("content-range")).toBe(`bytes 0-3/${WEBM.byteLength}`);
  });
});

describe("video ranges", () => {
  it("reads only the range asked for from the store: 206, 416 outside the file, HEAD without reading", async () => {
    // A WebM header and then a megabyte, so a range is a small part of the file.
    const video = Buffer.concat([WEBM, randomBytes(1024 * 1024)]);
    const res = await upload(who.contributor!, "video", {
      title: "Intervista lunga",
      transcript: "Buongiorno a tutti.",
      consent: "on",
      consentBy: "Mario Bianchi, Sindaco",
      file: file(video, "lunga.webm"),
      captions: file(VTT, "lunga.vtt"),
    });
    expect(res.status).toBe(303);
    const url = `${res.headers.get("location")}/file`;
    const size = video.byteLength;
    const getRange = vi.spyOn(t.deps.files, "getRange");
    try {
      const part = await who.member!.get(url, { range: "bytes=1000-1999" });
      expect(part.status).toBe(206);
      expect(part.headers.get("content-range")).toBe(`bytes 1000-1999/${size}`);
      expect(part.headers.get("content-length")).toBe("1000");
      expect(Buffer.from(await part.arrayBuffer()).equals(video.subarray(1000, 2000))).toBe(true);
      expect(getRange).toHaveBeenCalledTimes(1);
      expect(getRange.mock.calls[0]!.slice(1)).toEqual([1000, 1999]);

      const tail = await who.member!.get(url, { range: "bytes=-10" });
      expect(tail.status).toBe(206);
      expect(Buffer.from(await tail.arrayBuffer()).equals(video.subarray(size - 10))).toBe(true);
      expect(getRange.mock.calls[1]!.slice(1)).toEqual([size - 10, size - 1]);

      for (const range of [`bytes=${size}-`, "bytes=500-100"]) {
        const bad = await who.member!.get(url, { range });
        expect(bad.status, range).toBe(416);
        expect(bad.headers.get("content-range")).toBe(`bytes */${size}`);
      }

      const head = await who.member!.request(url, { method: "HEAD", headers: { range: "bytes=0-99" } });
      expect(head.status).toBe(206);
      expect(head.headers.get("content-length")).toBe("100");
      expect(head.headers.get("content-type")).toBe("video/webm");
      const whole = await who.member!.request(url, { method: "HEAD" });
      expect(whole.status).toBe(200);
      expect(whole.headers.get("content-length")).toBe(String(size));
      expect(whole.headers.get("accept-ranges")).toBe("bytes");
      // Neither the 416s nor the HEADs opened the file.
      expect(getRange).toHaveBeenCalledTimes(2);

      const all = await who.member!.get(url);
      expect(all.status).toBe(200);
      expect(Buffer.from(await all.arrayBuffer()).equals(video)).toBe(true);
      // Others still get nothing, whatever they ask.
      expect((await who.anonymous!.get(url, { range: "bytes=0-9" })).status).toBe(404);
    } finally {
      getRange.mockRestore();
    }
  });

  it("takes a video over the documents' 10 MB limit, and says the video's own limit on the form", async () => {
    const video = Buffer.concat([WEBM, Buffer.alloc(11 * 1024 * 1024)]);
    const res = await upload(who.contributor!, "video", {
      title: "Intervista da 11 MB",
      transcript: "Buongiorno a tutti.",
      consent: "on",
      consentBy: "Mario Bianchi, Sindaco",
      file: file(video, "grande.webm"),
      captions: file(VTT, "grande.vtt"),
    });
    expect(res.status).toBe(303);
    const head = await who.member!.request(`${res.headers.get("location")}/file`, { method: "HEAD" });
    expect(head.headers.get("content-length")).toBe(String(video.byteLength));
    expect(await (await who.contributor!.get(newPage("video"))).text()).toContain("al massimo 500 MB");
  });

  it("refuses the streamed form without its token, and a video refused for other reasons leaves no file", async () => {
    const before = storedFiles();
    const fd = new FormData();
    fd.set("kind", "video");
    fd.set("file", file(WEBM, "x.webm"));
    expect((await who.contributor!.post(`/labs/${lab.slug}/materials`, fd)).status).toBe(403);
    // Stored while the form streamed in, then removed: the transcript (after the file) is missing.
    const res = await upload(who.contributor!, "video", {
      title: "Senza trascrizione",
      consent: "on",
      consentBy: "Mario Bianchi, Sindaco",
      file: file(WEBM, "x.webm"),
      captions: file(VTT, "x.vtt"),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Un video deve avere la trascrizione.");
    expect(storedFiles()).toBe(before);
  });
});

describe("curating", () => {
  it("lets coordinators tag, feature and hide; hidden materials vanish for others", async () => {
    const res = await upload(who.contributor!, "document", {
      title: "Bozza da nascondere",
      file: file(PNG, "a.png"),
    });
    const page = res.headers.get("location")!;
    expect((await who.contributor!.submit(page, `${page}/curate`, { tags: "x" })).status).toBe(403);
    const ok = await who.coordinator!.submit(page, `${page}/curate`, {
      tags: "Finanziamento, comunicazione",
      featured: "on",
      hidden: "on",
    });
    expect(ok.status).toBe(303);
    expect((await who.member!.get(page)).status).toBe(404);
    expect((await who.member!.get(`${page}/file`)).status).toBe(404);
    const list = await (await who.coordinator!.get(`/labs/${lab.slug}/materials?tag=finanziamento`)).text();
    expect(list).toContain("Bozza da nascondere");
    expect(await (await who.member!.get(`/labs/${lab.slug}/materials`)).text()).not.toContain(
      "Bozza da nascondere",
    );
  });
});

describe("deleting", () => {
  const audited = async (materialId: string) =>
    (
      await t.deps.pool.query(
        "select action, actor_id, details from audit_log where details->>'materialId' = $1",
        [materialId],
      )
    ).rows as { action: string; actor_id: string; details: Record<string, unknown> }[];

  it("lets the author delete their own material after a confirmation page; the file goes too", async () => {
    const res = await upload(who.contributor!, "document", {
      title: "Verbale da togliere",
      file: file(PDF, "verbale.pdf"),
    });
    const page = res.headers.get("location")!;
    const id = page.split("/").pop()!;
    const before = storedFiles();
    // Another member sees no delete button and may not delete it.
    expect(await (await who.member!.get(page)).text()).not.toContain(`${page}/delete`);
    expect((await who.member!.get(`${page}/delete`)).status).toBe(403);
    expect((await who.member!.submit(page, `${page}/delete`, {})).status).toBe(403);
    expect((await who.anonymous!.get(`${page}/delete`)).status).toBe(303);
    // The author gets the link, then a page that asks first (a form, no JavaScript needed).
    expect(await (await who.contributor!.get(page)).text()).toContain(`href="${page}/delete"`);
    const confirm = await who.contributor!.get(`${page}/delete`);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain("Eliminare il materiale «Verbale da togliere»?");
    expect(html).toContain("insieme al file caricato");
    expect(html).toContain(`action="${page}/delete"`);
    expect(html).toContain(`href="${page}"`);
    expect(await audited(id)).toEqual([]);
    const done = await who.contributor!.submit(`${page}/delete`, `${page}/delete`, {});
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/labs/${lab.slug}/materials`);
    const list = await (await who.contributor!.get(`/labs/${lab.slug}/materials`)).text();
    expect(list).toContain("Materiale eliminato.");
    expect(list).not.toContain("Verbale da togliere");
    expect((await who.contributor!.get(page)).status).toBe(404);
    expect((await who.contributor!.get(`${page}/file`)).status).toBe(404);
    // The file and the record of its type beside it.
    expect(storedFiles()).toBe(before - 2);
    // A second post (another tab) finds nothing: a 404, not an error.
    expect(
      (await who.contributor!.post(`${page}/delete`, { _csrf: await who.contributor!.csrf() })).status,
    ).toBe(404);
    const [entry, ...more] = await audited(id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: "lab.material-deleted",
      details: { title: "Verbale da togliere", lab: lab.title, kind: "document" },
    });
  });

  it("lets a coordinator delete someone else's video with its captions, in English too", async () => {
    const res = await upload(who.contributor!, "video", {
      title: "Intervista alla sindaca",
      file: file(WEBM, "intervista.webm"),
      captions: file(VTT, "intervista.vtt"),
      transcript: "Buongiorno a tutti.",
      consent: "on",
      consentBy: "La sindaca, intervistata",
    });
    expect(res.status).toBe(303);
    const page = res.headers.get("location")!;
    const before = storedFiles();
    const c = who.coordinator!;
    const en = await (await c.get(`${page}/delete?lang=en`)).text();
    expect(en).toContain("Delete the material “Intervista alla sindaca”?");
    expect(en).toContain("with its captions, transcript and record of consent");
    await c.get("/?lang=it");
    expect((await c.submit(`${page}/delete`, `${page}/delete`, {})).status).toBe(303);
    // The video and its captions, each with the record of its type.
    expect(storedFiles()).toBe(before - 4);
    expect((await audited(page.split("/").pop()!))[0]!.action).toBe("lab.material-deleted");
  });
});
