// Learning certificates on the embedded database (and PostgreSQL when DATABASE_URL is set): a course
// completed through the pages gets its certificate from the job that follows the completion event,
// and the "course completed" notice links it; the owner downloads a tagged PDF in their language,
// nobody else does; the public page confirms it in words, and an unknown code is a clear 404; the
// job run twice (queued twice, or called at once) gives one certificate and one notice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToNetwork, buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { buildCourse, completeThroughPages, recordCompletion } from "../../../test/helpers/learning.ts";
import { readPdfStructure } from "../../../test/helpers/pdf.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { createCurriculum } from "./authoring.service.ts";
import { issueCertificateFor, issueCertificateJob } from "./certificates.jobs.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete degli attestati" });
});
afterAll(() => t.close());

async function learner(name: string, language: "it" | "en" = "it") {
  const a = await buildAccount(t, { name, language });
  await addToNetwork(t, net.id, a.id, "member");
  return { id: a.id, client: await signedIn(t, a.id) };
}

const certificatesOf = async (accountId: string) =>
  (
    await t.deps.pool.query(
      "select code, course_id, curriculum_id, language from learning_certificates where account_id = $1",
      [accountId],
    )
  ).rows;

const noticesOf = async (accountId: string) =>
  (
    await t.deps.pool.query(
      "select href, text_params from notifications where account_id = $1 and kind = 'learning.course-completed'",
      [accountId],
    )
  ).rows;

describe("a course's certificate", () => {
  it("is given after completion, linked from the notice and /learning/me, confirmed in public, downloaded by its owner", async () => {
    const b = await buildCourse(t, net.id, { title: "Dati aperti per i comuni" });
    const lucia = await learner("Lucia Verdi");
    await completeThroughPages(lucia.client, b);
    await jobsSettled(t);

    const certs = await certificatesOf(lucia.id);
    expect(certs).toHaveLength(1);
    expect(certs[0]).toMatchObject({ course_id: b.course.id, curriculum_id: null, language: "it" });
    const code: string = certs[0].code;
    expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);

    const notices = await noticesOf(lucia.id);
    expect(notices).toEqual([
      { href: `/learning/certificates/${code}`, text_params: { course: "Dati aperti per i comuni" } },
    ]);

    const me = await (await lucia.client.get("/learning/me")).text();
    expect(me).toContain("I miei attestati");
    expect(me).toContain(`href="/learning/certificates/${code}.pdf"`);
    expect(me).toContain(`href="/learning/certificates/${code}"`);

    // The owner's PDF: tagged, in Italian, one page, with the code and the page's URL.
    const res = await lucia.client.get(`/learning/certificates/${code}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const s = await readPdfStructure(bytes);
    expect(s.hasStructTreeRoot).toBe(true);
    expect(s.marked).toBe(true);
    expect(s.lang).toBe("it-IT");
    expect(s.displayDocTitle).toBe(true);
    expect(s.title).toBe("Attestato di completamento di Lucia Verdi — Dati aperti per i comuni");
    expect(s.elements[0]).toBe("Document");
    expect(s.elements.filter((e) => /^H\d$/.test(e))).toEqual(["H1", "H2", "H2"]);
    expect(s.elements).toContain("Link");
    expect(s.pages).toBe(1);
    expect(Buffer.from(bytes).toString("latin1")).toContain(`/learning/certificates/${code}`);

    // Nobody else gets the PDF; signed out, one is sent to sign in.
    const other = await learner("Altra Persona");
    expect((await other.client.get(`/learning/certificates/${code}.pdf`)).status).toBe(404);
    const anon = await t.app.request(`/learning/certificates/${code}.pdf`);
    expect(anon.status).toBe(303);

    // The public page confirms it in words, whatever the case and dashes typed, in both languages.
    const page = await t.app.request(`/learning/certificates/${code.toUpperCase().replace(/-/g, "")}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Attestato valido");
    expect(html).toMatch(
      /Lucia Verdi ha completato il corso «Dati aperti per i comuni» il \d{1,2} \w+ \d{4}\./,
    );
    expect(html).not.toContain(".pdf");
    const en = await (await t.app.request(`/learning/certificates/${code}?lang=en`)).text();
    expect(en).toMatch(/Lucia Verdi completed the course “Dati aperti per i comuni” on \d{1,2} \w+ \d{4}\./);
    // Its owner finds the download there.
    expect(await (await lucia.client.get(`/learning/certificates/${code}`)).text()).toContain(
      `/learning/certificates/${code}.pdf`,
    );
  });

  it("answers an unknown or malformed code with a clear 404 page", async () => {
    for (const code of ["0000-0000-0000", "not-a-code"]) {
      const res = await t.app.request(`/learning/certificates/${code}`);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain("Attestato non trovato");
      expect(html).toContain(`Nessun attestato ha il codice «${code}»`);
    }
    const en = await t.app.request("/learning/certificates/0000-0000-0000?lang=en");
    expect(en.status).toBe(404);
    expect(await en.text()).toContain("No certificate has the code “0000-0000-0000”");
  });

  it("speaks English to a learner whose interface is in English", async () => {
    const b = await buildCourse(t, net.id, { title: "Open data for towns" });
    const tom = await learner("Tom Baker", "en");
    await completeThroughPages(tom.client, b);
    await jobsSettled(t);
    const [cert] = await certificatesOf(tom.id);
    expect(cert.language).toBe("en");
    const s = await readPdfStructure(
      new Uint8Array(await (await tom.client.get(`/learning/certificates/${cert.code}.pdf`)).arrayBuffer()),
    );
    expect(s.lang).toBe("en-GB");
    expect(s.title).toBe("Certificate of completion of Tom Baker — Open data for towns");
  });
});

describe("one certificate per completion", () => {
  it("holds when the job is queued twice, and when it runs twice at once", async () => {
    const b = await buildCourse(t, net.id);
    const anna = await learner("Anna Rossi");
    await completeThroughPages(anna.client, b);
    const completion = { learnerId: anna.id, courseId: b.course.id, completedAt: new Date().toISOString() };
    await t.deps.jobs.send(issueCertificateJob, completion);
    await t.deps.jobs.send(issueCertificateJob, completion);
    await jobsSettled(t);
    await Promise.all([issueCertificateFor(t.deps, completion), issueCertificateFor(t.deps, completion)]);
    await jobsSettled(t);
    expect(await certificatesOf(anna.id)).toHaveLength(1);
    expect(await noticesOf(anna.id)).toHaveLength(1);
  });

  it("gives a curriculum its own certificate beside its courses'", async () => {
    const b = await buildCourse(t, net.id);
    const curriculumId = await createCurriculum(t.deps, SYSTEM, {
      networkId: net.id,
      slug: `percorso-${b.course.id.slice(-6)}`,
      title: "Esperti di città digitali",
      summary: "",
      language: "it",
      visibility: "public",
      published: true,
    });
    const marta = await learner("Marta Neri");
    const at = new Date().toISOString();
    // The course completed through the pages; the curriculum's completion recorded as the progress
    // step records it (the certificate job gives nothing for a completion not on record).
    await completeThroughPages(marta.client, b);
    await recordCompletion(t, marta.id, { curriculumId });
    await issueCertificateFor(t.deps, { learnerId: marta.id, courseId: b.course.id, completedAt: at });
    await issueCertificateFor(t.deps, { learnerId: marta.id, curriculumId, completedAt: at });
    await issueCertificateFor(t.deps, { learnerId: marta.id, curriculumId, completedAt: at });
    await jobsSettled(t);
    const certs = await certificatesOf(marta.id);
    expect(certs).toHaveLength(2);
    const curriculumCode = certs.find((c) => c.curriculum_id === curriculumId)!.code;
    const html = await (await t.app.request(`/learning/certificates/${curriculumCode}`)).text();
    expect(html).toContain("Marta Neri ha completato il percorso «Esperti di città digitali»");
    const notices = await noticesOf(marta.id);
    expect(notices.map((n) => n.href).sort()).toEqual(
      certs.map((c) => `/learning/certificates/${c.code}`).sort(),
    );
  });
});
