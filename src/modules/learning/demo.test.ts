// The demo curriculum loads with the rest of the demo: three English courses and the Italian edition
// of the first in the catalogue, twelve English lessons with three quizzes, learners of the network's
// organisations with progress (one with the whole curriculum completed), and the partnership's new
// partners. Seeding again adds nothing.
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemo } from "../../../test/helpers/demo.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { DEMO_CERTIFICATE_CODE, DEMO_WITHDRAWN_CODE, seedLearningDemo } from "./demo.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
}, 240_000);
afterAll(() => t.close());

const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.deps.pool.query(sql, params)).rows[0].n);

it("seeds the Digital City Expert curriculum with learners, once", async () => {
  const html = await (await t.app.request("/learning?lang=en")).text();
  for (const title of [
    "Smart-city basics",
    "Fondamenti di smart city",
    "Data and open services",
    "Leading digital projects",
  ])
    expect(html).toContain(title);
  const home = await (await t.app.request("/?lang=en")).text();
  expect(home).toContain('id="home-learning"');
  expect(home).toContain("/learning/courses/smart-city-basics");
  const english = "select id from learning_courses where language = 'en'";
  expect(
    await count(`select count(*) n from learning_lessons where course_id in (${english}) and kind <> 'live'`),
  ).toBe(12);
  expect(
    await count(
      `select count(*) n from learning_quizzes where lesson_id in (select id from learning_lessons where course_id in (${english}))`,
    ),
  ).toBe(3);
  expect(await count("select count(*) n from learning_curriculum_completions")).toBe(1);
  expect(await count("select count(*) n from learning_enrolments where completed_at is not null")).toBe(7);
  expect(await count("select count(*) n from learning_enrolments where completed_at > now()")).toBe(0);
  expect(await count("select count(*) n from learning_attempts where passed = false")).toBeGreaterThan(0);
  const orgs = (
    await t.deps.pool.query(
      `select o.slug, o.city, o.country from organisations o
         join network_organisations no on no.organisation_id = o.id
         join networks n on n.id = no.network_id
        where n.slug = 'digital-city-experts' order by o.slug`,
    )
  ).rows;
  expect(orgs).toContainEqual({ slug: "schmiede-hallein", city: "Hallein", country: "AT" });
  expect(orgs).toContainEqual({ slug: "ihk-projektgesellschaft", city: "Frankfurt (Oder)", country: "DE" });
  expect(orgs).toContainEqual({ slug: "zentrum-digitale-entwicklung", city: "Westhausen", country: "DE" });
  // Learners from the partnership's five countries.
  const countries = await t.deps.pool.query(
    `select distinct o.country from learning_enrolments e
       join organisation_members om on om.account_id = e.account_id
       join organisations o on o.id = om.organisation_id order by 1`,
  );
  expect(countries.rows.map((r) => r.country)).toEqual(["AT", "DE", "FI", "IT", "SE"]);
  // Every completion has its certificate (seven courses, one curriculum), with a fixed code.
  expect(await count("select count(*) n from learning_certificates")).toBe(8);
  expect(await count("select count(*) n from learning_certificates where curriculum_id is not null")).toBe(1);
  const page = await t.app.request(`/learning/certificates/${DEMO_CERTIFICATE_CODE}?lang=en`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("Anna Gruber completed the course “Smart-city basics”");
  // A certificate whose holder has deleted the account since: its code says so.
  const withdrawn = await t.app.request(`/learning/certificates/${DEMO_WITHDRAWN_CODE}?lang=en`);
  expect(withdrawn.status).toBe(410);
  expect(await withdrawn.text()).toContain("Certificate no longer available");
  expect(
    await count(
      "select count(*) n from notifications where kind = 'learning.course-completed' and href like '/learning/certificates/%'",
    ),
  ).toBe(8);
  // The video lesson, captioned in the partnership's five languages, its file in the store.
  const tracks = await t.deps.pool.query(
    "select array_agg(language order by language) l from learning_captions",
  );
  expect(tracks.rows[0].l).toEqual(["de", "en", "fi", "it", "sv"]);
  expect(await count("select count(*) n from learning_videos where file_key is not null")).toBe(1);
  // The reading with a document: a PDF rendered at load, downloadable from its lesson.
  const reading = await t.deps.pool.query(
    `select l.id, c.slug, f.content_type, f.file_name from learning_reading_files f
       join learning_lessons l on l.id = f.lesson_id join learning_courses c on c.id = l.course_id`,
  );
  expect(reading.rows).toHaveLength(1);
  const doc = reading.rows[0];
  expect(doc).toMatchObject({ content_type: "application/pdf", file_name: "pilot-to-service-checklist.pdf" });
  const lessonPage = await (
    await t.app.request(`/learning/courses/${doc.slug}/lessons/${doc.id}?lang=en`)
  ).text();
  expect(lessonPage).toMatch(/Download the document \(PDF, \d+ KB\)/);
  const pdf = await t.app.request(`/learning/courses/${doc.slug}/lessons/${doc.id}/reading`, {
    headers: { range: "bytes=0-4" },
  });
  expect(pdf.status).toBe(206);
  expect(await pdf.text()).toBe("%PDF-");
  // The Smart City Bootcamp: four learners of several countries, the kick-off held two weeks ago with
  // three of them checked in (their live lesson done), two sessions to come.
  const cohort = (
    await t.deps.pool.query("select id, lab_id from learning_cohorts where title = 'Smart City Bootcamp'")
  ).rows[0];
  expect(await count("select count(*) n from learning_enrolments where cohort_id = $1", [cohort.id])).toBe(4);
  expect(
    await count("select count(*) n from learning_cohort_facilitators where cohort_id = $1", [cohort.id]),
  ).toBe(1);
  // Full: a fifth learner waits for a place.
  expect(
    await count("select count(*) n from learning_cohort_waitlist where cohort_id = $1", [cohort.id]),
  ).toBe(1);
  const meetings = (
    await t.deps.pool.query(
      "select status, attendees, starts_at from meetings where lab_id = $1 order by starts_at",
      [cohort.lab_id],
    )
  ).rows;
  expect(meetings.map((m) => m.status)).toEqual(["closed", "scheduled", "scheduled"]);
  expect(meetings[0].attendees).toBe(3);
  // By calendar day (UTC), not by hours from now: the kick-off is on the day two weeks before the
  // load day whatever the time of the load; the sessions three and six weeks after it.
  const DAY = 86_400_000;
  const now = t.clock.now();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = meetings.map((m) => Math.floor((m.starts_at.getTime() - today) / DAY));
  expect(days).toEqual([-14, 7, 28]);
  expect(
    await count(
      "select count(*) n from learning_lesson_progress p join learning_lessons l on l.id = p.lesson_id where l.kind = 'live'",
    ),
  ).toBe(3);
  const cohortCountries = (
    await t.deps.pool.query(
      `select distinct o.country from learning_enrolments e
         join organisation_members om on om.account_id = e.account_id
         join organisations o on o.id = om.organisation_id where e.cohort_id = $1`,
      [cohort.id],
    )
  ).rows;
  expect(cohortCountries.length).toBeGreaterThan(2);
  const before = await count("select count(*) n from learning_courses");
  await seedLearningDemo(t.deps);
  expect(await count("select count(*) n from learning_courses")).toBe(before);
});
