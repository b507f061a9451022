// The catalogue's "format" filter: courses with a cohort (bootcamp) still to join, or self-paced
// only; a cohort that has ended no longer counts; an unknown format filters nothing.
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab } from "../../../test/helpers/labs.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { createCohort } from "./index.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime({ start: new Date("2026-12-07T10:00:00Z") });
});
afterAll(() => t.close());

it("filters the catalogue by format", async () => {
  const net = await buildNetwork(t, { name: "Rete dei formati" });
  const lab = await buildLab(t, net.id);
  const withCohort = await buildCourse(t, net.id, { title: "Corso con la coorte" });
  const ended = await buildCourse(t, net.id, { title: "Corso con una coorte finita" });
  const alone = await buildCourse(t, net.id, { title: "Corso da soli" });
  const cohort = (course: typeof alone.course, startsOn: string, endsOn: string) =>
    createCohort(t.deps, SYSTEM, course, {
      title: "Bootcamp",
      startsOn,
      endsOn,
      capacity: 20,
      labId: lab.id,
      facilitators: [],
    });
  await cohort(withCohort.course, "2026-12-01", "2027-01-31");
  // A cohort that has ended, as time leaves it (the form takes only cohorts still to come).
  const past = await cohort(ended.course, "2026-12-01", "2026-12-31");
  await t.deps.pool.query(
    "update learning_cohorts set starts_on = '2026-10-01', ends_on = '2026-11-30' where id = $1",
    [past.id],
  );
  const titles = async (q: string) => {
    const html = await (await t.app.request(`/learning?network=${net.slug}${q}`)).text();
    return [withCohort, ended, alone].map((b) => b.course.title).filter((x) => html.includes(x));
  };
  expect(await titles("&format=cohort")).toEqual(["Corso con la coorte"]);
  expect(await titles("&format=self-paced")).toEqual(["Corso con una coorte finita", "Corso da soli"]);
  expect(await titles("&format=nope")).toHaveLength(3);
  const page = await (await t.app.request("/learning?format=cohort&lang=en")).text();
  expect(page).toMatch(/<select id="f-format" name="format">/);
  expect(page).toMatch(/<option value="cohort" selected="">With a cohort \(bootcamp\) to join<\/option>/);
});
