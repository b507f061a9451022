// Video lessons end to end on the embedded database (and PostgreSQL when DATABASE_URL is set): an
// author uploads a video (its type told from its content) and one caption track per language (a cue
// that does not parse is refused naming its line; a language twice is refused; over the limits a
// 413 with nothing stored); the page has one <track> per language, the interface's on by default
// when the video speaks another, the transcript's cues, the speed select and "mark as done"; a URL
// elsewhere puts its host in media-src; the learner's position is saved and resumed, their own only.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { saveLesson } from "./authoring.service.ts";
import { lessonOfCourse } from "./courses.service.ts";
import type { Course } from "./types.ts";

const WEBM = Buffer.from("1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810442858102", "hex");
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const vtt = (text: string) =>
  `WEBVTT\n\n00:00.000 --> 00:02.000\n${text}\n\n00:02.000 --> 00:04.500\nSecond cue.\n`;
const file = (bytes: Buffer | string, name: string) =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, {
    type: "application/octet-stream",
  });

let t: TestRuntime;
let course: Course;
let page: string;
type Who = { client: Client };
const who: Record<string, Who> = {};

beforeAll(async () => {
  t = await createTestRuntime();
  const net = await buildNetwork(t, { name: "Rete dei video" });
  for (const role of ["anonymous", "member", "other", "coordinator"] as const)
    who[role] = await actorFor(t, role === "other" ? "member" : role, net.id);
  const built = await buildCourse(t, net.id);
  course = built.course;
  const text = await lessonOfCourse(t.deps, course, built.textId);
  const id = await saveLesson(t.deps, SYSTEM, course, {
    moduleId: text.moduleId,
    kind: "video",
    title: "Una lezione video",
    body: "Guarda il video.",
    position: 3,
  });
  page = `/learning/courses/${course.slug}/lessons/${id}`;
});
afterAll(() => t.close());

const storedVideos = () => {
  try {
    return readdirSync(path.join(t.dataDir, "files", "learning")).length;
  } catch {
    return 0;
  }
};

async function postForm(c: Client, action: string, fields: [string, string | Blob][]) {
  const fd = new FormData();
  fd.set("_csrf", await c.csrf(`${page}/video/edit`));
  for (const [k, v] of fields) fd.append(k, v);
  return c.post(action, fd);
}
const uploadVideo = (fields: [string, string | Blob][]) =>
  postForm(who.coordinator!.client, `${page}/video`, fields);
const uploadCaptions = (language: string, body: string) =>
  postForm(who.coordinator!.client, `${page}/captions`, [
    ["language", language],
    ["captions", file(body, `${language}.vtt`)],
  ]);

describe("the video", () => {
  it("is refused when the file lies about its type, or without consent, storing nothing", async () => {
    const before = storedVideos();
    const lying = await uploadVideo([
      ["consent", "on"],
      ["consentBy", "Nessuna persona ripresa"],
      ["file", file(PNG, "lezione.webm")],
    ]);
    expect(lying.status).toBe(422);
    expect(await lying.text()).toContain("Questo file non è un video MP4 o WebM");
    const noConsent = await uploadVideo([
      ["consentBy", "Anna Rossi"],
      ["file", file(WEBM, "lezione.webm")],
    ]);
    expect(noConsent.status).toBe(422);
    const html = await noConsent.text();
    expect(html).toContain("Senza il consenso delle persone riprese il video non può essere pubblicato.");
    expect(html).toContain('value="Anna Rossi"');
    expect(storedVideos()).toBe(before);
  });

  it("answers 413 for a body over the route's limit before reading it, storing nothing", async () => {
    const before = storedVideos();
    const res = await who.coordinator!.client.request(`${page}/video`, {
      method: "POST",
      body: "x",
      headers: {
        origin: new URL(t.config.baseUrl).origin,
        "sec-fetch-site": "same-origin",
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(600 * 1024 * 1024),
      },
    });
    expect(res.status).toBe(413);
    expect(storedVideos()).toBe(before);
  });

  it("is only for the course's authors", async () => {
    expect((await who.member!.client.get(`${page}/video/edit`)).status).toBe(403);
    expect((await who.anonymous!.client.get(`${page}/video/edit`)).status).not.toBe(200);
    const fd = new FormData();
    fd.set("_csrf", await who.member!.client.csrf(page));
    fd.set("consent", "on");
    fd.set("consentBy", "x");
    fd.set("file", file(WEBM, "v.webm"));
    expect((await who.member!.client.post(`${page}/video`, fd)).status).toBe(403);
  });

  it("is stored from an upload and served with its detected type", async () => {
    const res = await uploadVideo([
      ["consent", "on"],
      ["consentBy", "Nessuna persona ripresa: solo cartelli"],
      ["file", file(WEBM, "lezione.webm")],
    ]);
    expect(res.status).toBe(303);
    const served = await who.member!.client.get(`${page}/video`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("video/webm");
    expect(Buffer.from(await served.arrayBuffer()).equals(WEBM)).toBe(true);
  });
});

describe("captions", () => {
  it("refuse a cue that does not parse, naming its line", async () => {
    const res = await uploadCaptions(
      "it",
      "WEBVTT\n\n00:00.000 --> 00:02.000\nUno.\n\n00:02.000 -> 00:04.000\nDue.\n",
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Riga 6: i tempi non si leggono");
    expect((await uploadCaptions("it", "1\n00:00:00,000 --> 00:00:02,000\nSRT\n")).status).toBe(422);
  });

  it("take one track per language, refusing the same language twice", async () => {
    expect((await uploadCaptions("it", vtt("Buongiorno a tutti."))).status).toBe(303);
    expect((await uploadCaptions("en", vtt("Good morning, everyone."))).status).toBe(303);
    const twice = await uploadCaptions("it", vtt("Ancora."));
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("Questa lezione ha già i sottotitoli in questa lingua");
    // Replaced by deleting it first, then uploading again.
    const del = await who.coordinator!.client.submit(`${page}/video/edit`, `${page}/captions/it/delete`, {});
    expect(del.status).toBe(303);
    expect((await who.member!.client.get(`${page}/captions/it.vtt`)).status).toBe(404);
    expect((await uploadCaptions("it", vtt("Buongiorno a tutti."))).status).toBe(303);
    const track = await who.member!.client.get(`${page}/captions/it.vtt`);
    expect(track.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(await track.text()).toContain("Buongiorno a tutti.");
  });

  it("answer 413 for a file over 512 KB, storing nothing", async () => {
    const big = vtt("x".repeat(513 * 1024));
    const res = await uploadCaptions("de", big);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("Il file dei sottotitoli supera i 512 KB.");
    expect((await who.member!.client.get(`${page}/captions/de.vtt`)).status).toBe(404);
  });
});

describe("the lesson page", () => {
  it("has a track per language, the interface's on by default, the cues, the speed and mark as done", async () => {
    // The course speaks Italian: in English the English track is on by default.
    const en = await (await who.member!.client.get(`${page}?lang=en`)).text();
    expect(en).toContain(
      `<track kind="captions" src="${page}/captions/en.vtt" srclang="en" label="English" default=""/>`,
    );
    expect(en).toContain(
      `<track kind="captions" src="${page}/captions/it.vtt" srclang="it" label="Italiano"/>`,
    );
    expect(en).toMatch(/<ol class="list-unstyled cue-list" lang="en"[^>]*>.*Good morning, everyone\./s);
    expect(en).toContain(`href="${page}/video#t=2"`);
    expect(en).toContain('<label for="video-speed">Playback speed</label>');
    expect(en).toMatch(/<option value="0.75">0.75×<\/option>.*<option value="2">2×<\/option>/s);
    // In Italian, the language spoken, no track is on by default; the transcript is Italian.
    const it = await (await who.member!.client.get(`${page}?lang=it`)).text();
    expect(it).not.toContain('default=""/>');
    expect(it).toMatch(/<ol class="list-unstyled cue-list" lang="it"/);
    expect(it).toContain("/static/client/video.");
    // Another transcript by link, without script.
    const other = await (await who.member!.client.get(`${page}?lang=it&transcript=en`)).text();
    expect(other).toMatch(/<ol class="list-unstyled cue-list" lang="en"/);
  });

  it("plays a video elsewhere with its host in this page's media-src only", async () => {
    const res = await uploadVideo([
      ["url", "https://peertube.example.org/static/web-videos/lezione.mp4"],
      ["consent", "on"],
      ["consentBy", "Nessuna persona ripresa"],
    ]);
    expect(res.status).toBe(303);
    const lesson = await who.member!.client.get(page);
    expect(lesson.headers.get("content-security-policy")).toContain(
      "media-src 'self' https://peertube.example.org",
    );
    expect(await lesson.text()).toContain('src="https://peertube.example.org/static/web-videos/lezione.mp4"');
    const course = await who.member!.client.get(page.replace(/\/lessons\/.*/, ""));
    expect(course.headers.get("content-security-policy")).not.toContain("peertube");
    // The uploaded file it replaced left the store.
    expect(storedVideos()).toBe(0);
    expect((await who.member!.client.get(`${page}/video`)).status).toBe(404);
    const bad = await uploadVideo([
      ["url", "http://insecure.example/v.mp4"],
      ["consent", "on"],
      ["consentBy", "x"],
    ]);
    expect(bad.status).toBe(422);
  });
});

describe("the playback position", () => {
  const save = async (c: Client, seconds: string, from = page) =>
    c.post(`${page}/position`, { _csrf: await c.csrf(from), seconds });

  it("is saved for the learner and resumed on their next visit, theirs only", async () => {
    expect((await save(who.member!.client, "42.5")).status).toBe(204);
    const mine = await (await who.member!.client.get(page)).text();
    expect(mine).toContain("lezione.mp4#t=42.5");
    expect(mine).toContain(`data-position-url="${page}/position"`);
    const theirs = await (await who.other!.client.get(page)).text();
    expect(theirs).not.toContain("#t=42.5");
    expect((await save(who.member!.client, "60")).status).toBe(204);
    expect(await (await who.member!.client.get(page)).text()).toContain("lezione.mp4#t=60");
  });

  it("refuses a position that is not one, and anyone signed out", async () => {
    expect((await save(who.member!.client, "-3")).status).toBe(422);
    expect((await save(who.member!.client, "abc")).status).toBe(422);
    // Signed out: a valid anonymous token still saves nothing (the sign-in is asked for).
    const anon = await save(who.anonymous!.client, "10", "/sign-in");
    expect([401, 302, 303]).toContain(anon.status);
    const rows = await t.deps.pool.query("select count(*)::int n from learning_video_positions");
    expect(rows.rows[0].n).toBe(1);
  });

  it("still has the plain mark-as-done form", async () => {
    await who.member!.client.submit(
      `/learning/courses/${course.slug}`,
      `/learning/courses/${course.slug}/enrol`,
      {},
    );
    const html = await (await who.member!.client.get(page)).text();
    expect(html).toContain(`action="${page}/done"`);
    const done = await who.member!.client.submit(page, `${page}/done`, {});
    expect(done.status).toBe(303);
  });
});
