// Reading lessons with a document, end to end on the embedded database (and PostgreSQL when
// DATABASE_URL is set): an author uploads a PDF, EPUB, ODT or DOCX (its type told from its content:
// a file that lies is refused, naming why); over the route's limit a 413 on the same form with
// nothing stored; the document replaces the reading's link, may be replaced (the old file leaves the
// store) and deleted; learners see its name, type and size and download it, a range at a time, with
// its name; a course they cannot see answers 404; learners cannot upload.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { storedZip } from "../../../test/helpers/zip.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { saveLesson } from "./authoring.service.ts";
import { lessonOfCourse } from "./courses.service.ts";
import { readingLimit } from "./reading.service.ts";
import type { Course } from "./types.ts";

// A small PDF whose bytes are all told apart (for the range check), an EPUB (a ZIP whose first entry
// names its type) and a PNG named as a PDF.
const PDF = Buffer.from(
  `%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n${"% riga di riempimento 0123456789\n".repeat(40)}trailer\n<< /Root 1 0 R >>\n%%EOF\n`,
);
const EPUB = storedZip([
  ["mimetype", "application/epub+zip"],
  ["META-INF/container.xml", '<?xml version="1.0"?><container/>'],
]);
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const file = (bytes: Buffer, name: string, type = "application/pdf") =>
  new File([new Uint8Array(bytes)], name, { type });

let t: TestRuntime;
let course: Course;
let draft: Course;
let page: string;
let draftPage: string;
let textPage: string;
const who: Record<string, Client> = {};

async function readingLesson(c: Course, moduleId: string, url: string | null) {
  const id = await saveLesson(t.deps, SYSTEM, c, {
    moduleId,
    kind: "reading",
    title: "Una lettura",
    body: "Leggi il documento.",
    url,
    position: 3,
  });
  return `/learning/courses/${c.slug}/lessons/${id}`;
}

beforeAll(async () => {
  t = await createTestRuntime();
  const net = await buildNetwork(t, { name: "Rete delle letture" });
  for (const role of ["anonymous", "member", "coordinator"] as const)
    who[role] = (await actorFor(t, role, net.id)).client;
  const built = await buildCourse(t, net.id);
  course = built.course;
  const { moduleId } = await lessonOfCourse(t.deps, course, built.textId);
  page = await readingLesson(course, moduleId, "https://example.org/lettura");
  textPage = `/learning/courses/${course.slug}/lessons/${built.textId}`;
  const hidden = await buildCourse(t, net.id, { published: false });
  draft = hidden.course;
  draftPage = await readingLesson(draft, (await lessonOfCourse(t.deps, draft, hidden.textId)).moduleId, null);
});
afterAll(() => t.close());

const stored = () => {
  try {
    return readdirSync(path.join(t.dataDir, "files", "learning")).filter((f) => !f.endsWith(".type")).length;
  } catch {
    return 0;
  }
};

async function upload(c: Client, at: string, f: File | null) {
  const fd = new FormData();
  fd.set("_csrf", await c.csrf(`${at}/reading/edit`));
  if (f) fd.set("file", f);
  return c.post(`${at}/reading`, fd);
}

describe("a reading's document", () => {
  it("is refused when the file lies about its type, or is missing, storing nothing", async () => {
    const before = stored();
    const lying = await upload(who.coordinator!, page, file(PNG, "dispensa.pdf"));
    expect(lying.status).toBe(422);
    const html = await lying.text();
    expect(html).toContain("Questo file non è un documento PDF, EPUB, ODT o DOCX");
    expect(html).toContain(`action="${page}/reading"`);
    const none = await upload(who.coordinator!, page, null);
    expect(none.status).toBe(422);
    expect(await none.text()).toContain("Scegli il file del documento.");
    expect(stored()).toBe(before);
  });

  it("answers 413 on the same form for a file over the limit, storing nothing", async () => {
    const before = stored();
    readingLimit.maxBytes = 512;
    try {
      const res = await upload(who.coordinator!, page, file(PDF, "troppo.pdf"));
      expect(res.status).toBe(413);
      const html = await res.text();
      expect(html).toContain("Il documento supera i 50 MB");
      expect(html).toContain('enctype="multipart/form-data"');
    } finally {
      readingLimit.maxBytes = 50 * 1024 * 1024;
    }
    expect(stored()).toBe(before);
    // And a body declared over the route's limit is refused before it is read.
    const big = await who.coordinator!.request(`${page}/reading`, {
      method: "POST",
      body: "x",
      headers: {
        origin: new URL(t.config.baseUrl).origin,
        "sec-fetch-site": "same-origin",
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(80 * 1024 * 1024),
      },
    });
    expect(big.status).toBe(413);
    expect(stored()).toBe(before);
  });

  it("is for the course's authors only", async () => {
    expect((await who.member!.get(`${page}/reading/edit`)).status).toBe(403);
    expect((await who.anonymous!.get(`${page}/reading/edit`)).status).not.toBe(200);
    const fd = new FormData();
    fd.set("_csrf", await who.member!.csrf(page));
    fd.set("file", file(PDF, "dispensa.pdf"));
    expect((await who.member!.post(`${page}/reading`, fd)).status).toBe(403);
    const del = await who.member!.post(`${page}/reading/delete`, { _csrf: await who.member!.csrf(page) });
    expect(del.status).toBe(403);
  });

  it("is stored from an upload in place of the link, and learners download it a range at a time", async () => {
    const before = stored();
    const res = await upload(who.coordinator!, page, file(PDF, "Dispensa città.pdf", "text/plain"));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(page);
    expect(stored()).toBe(before + 1);

    const html = await (await who.member!.get(page)).text();
    expect(html).toContain("Documento: Dispensa città.pdf");
    expect(html).toContain("Scarica il documento (PDF, 1 KB)");
    expect(html).not.toContain("https://example.org/lettura");
    const en = await (await who.member!.get(`${page}?lang=en`)).text();
    expect(en).toContain("Download the document (PDF, 1 KB)");

    const whole = await who.member!.get(`${page}/reading`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("application/pdf");
    expect(whole.headers.get("content-disposition")).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent("Dispensa città.pdf")}`,
    );
    expect(Buffer.from(await whole.arrayBuffer()).equals(PDF)).toBe(true);

    const part = await who.member!.get(`${page}/reading`, { range: "bytes=100-199" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-199/${PDF.byteLength}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(PDF.subarray(100, 200))).toBe(true);
    // The public course's document is anyone's who sees the course.
    expect((await who.anonymous!.get(`${page}/reading`)).status).toBe(200);
    // The API describes it on the lesson, with the same address.
    const api = (await (await t.app.request(`/api/v1/courses/${course.id}`)).json()) as {
      modules: { lessons: { id: string; url: string | null; file: Record<string, unknown> | null }[] }[];
    };
    const lesson = api.modules.flatMap((m) => m.lessons).find((l) => page.endsWith(l.id))!;
    expect(lesson.url).toBeNull();
    expect(lesson.file).toEqual({
      name: "Dispensa città.pdf",
      contentType: "application/pdf",
      size: PDF.byteLength,
      url: `${t.deps.config.baseUrl}${page}/reading`,
    });
  });

  it("takes no link while it is there; replaced, the old file leaves the store; deleted, it is gone", async () => {
    const lesson = await lessonOfCourse(t.deps, course, page.split("/").pop()!);
    await expect(
      saveLesson(
        t.deps,
        SYSTEM,
        course,
        {
          moduleId: lesson.moduleId,
          kind: "reading",
          title: "Una lettura",
          url: "https://example.org/altro",
        },
        lesson,
      ),
    ).rejects.toMatchObject({ status: 422 });

    const before = stored();
    expect((await upload(who.coordinator!, page, file(EPUB, "libro.epub", "application/zip"))).status).toBe(
      303,
    );
    expect(stored()).toBe(before);
    const got = await who.member!.get(`${page}/reading`);
    expect(got.headers.get("content-type")).toBe("application/epub+zip");
    expect(await (await who.member!.get(`${page}?lang=it`)).text()).toContain("Scarica il documento (EPUB,");

    const form = await (await who.coordinator!.get(`${page}/reading/edit`)).text();
    expect(form).toContain("Documento attuale: libro.epub (EPUB,");
    const del = await who.coordinator!.post(`${page}/reading/delete`, {
      _csrf: await who.coordinator!.csrf(`${page}/reading/edit`),
    });
    expect(del.status).toBe(303);
    expect(stored()).toBe(before - 1);
    expect((await who.member!.get(`${page}/reading`)).status).toBe(404);
    expect(await (await who.member!.get(`${page}?lang=it`)).text()).toContain(
      "Il documento di questa lettura non è ancora disponibile.",
    );
  });

  it("of a course someone cannot see answers 404", async () => {
    expect((await upload(who.coordinator!, draftPage, file(PDF, "bozza.pdf"))).status).toBe(303);
    expect((await who.coordinator!.get(`${draftPage}/reading`)).status).toBe(200);
    expect((await who.member!.get(`${draftPage}/reading`)).status).toBe(404);
    expect((await who.anonymous!.get(`${draftPage}/reading`)).status).toBe(404);
    // A lesson of another kind has none.
    expect((await who.member!.get(`${textPage}/reading`)).status).toBe(404);
  });
});
