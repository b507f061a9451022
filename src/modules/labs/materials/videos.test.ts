// Videos among a lab's materials: refused without captions, transcript or consent, shown with their
// captions track, served by ranges from the store, with their own size limit. Set-up shared through
// materials/materials.test-kit.ts.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import type { Lab } from "../labs.types.ts";
import { file, PNG, useMaterialsLab, VTT, WEBM } from "./materials.test-kit.ts";

const kit = useMaterialsLab();
const { who, newPage, upload, storedFiles } = kit;
let t: TestRuntime;
let lab: Lab;
beforeAll(() => {
  ({ t, lab } = kit);
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
