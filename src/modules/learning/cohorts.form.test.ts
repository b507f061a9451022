// The cohort form (embedded database, and PostgreSQL when DATABASE_URL is set): extra facilitators
// chosen among the network's people (they follow the cohort's progress and are named on its page),
// and a new lab made with the cohort when none fits — nothing stored when the form comes back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab } from "../../../test/helpers/labs.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete del modulo delle edizioni" });
});
afterAll(() => t.close());

const day = (n: number) => new Date(t.clock.now().getTime() + n * 86_400_000).toISOString().slice(0, 10);

const nameOf = async (id: string) =>
  (await t.deps.pool.query("select name from accounts where id = $1", [id])).rows[0].name as string;

/** Posts the form as a browser would, repeated fields included (FormData keeps them). */
async function post(who: Awaited<ReturnType<typeof actorFor>>, slug: string, fields: [string, string][]) {
  const form = `/learning/courses/${slug}/cohorts/new`;
  const data = new FormData();
  data.set("_csrf", await who.client.csrf(form));
  for (const [k, v] of fields) data.append(k, v);
  return who.client.post(`/learning/courses/${slug}/cohorts`, data);
}

describe("extra facilitators", () => {
  it("are chosen among the network's people, follow the progress and are named on the cohort's page", async () => {
    const b = await buildCourse(t, net.id);
    const lab = await buildLab(t, net.id);
    const coordinator = await actorFor(t, "coordinator", net.id);
    const [x, y] = [await actorFor(t, "member", net.id), await actorFor(t, "facilitator", net.id)];
    const outsider = await actorFor(t, "other-coordinator", net.id);
    const form = await (
      await coordinator.client.get(`/learning/courses/${b.course.slug}/cohorts/new`)
    ).text();
    expect(form).toContain(`name="facilitators" type="checkbox" value="${x.accountId}"`);
    expect(form).toContain("Altre persone che facilitano l&#39;edizione");
    expect(form).not.toContain(`value="${coordinator.accountId}"`);
    expect(form).not.toContain(`value="${outsider.accountId}"`);
    const base: [string, string][] = [
      ["title", "Edizione facilitata"],
      ["startsOn", day(1)],
      ["endsOn", day(30)],
      ["capacity", "12"],
      ["labId", lab.id],
    ];
    // Someone outside the network: refused, the choices kept.
    const bad = await post(coordinator, b.course.slug, [
      ...base,
      ["facilitators", x.accountId!],
      ["facilitators", outsider.accountId!],
    ]);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain("Scegli persone della rete del corso.");
    expect(html).toMatch(new RegExp(`value="${x.accountId}" checked`));
    expect(
      (await t.deps.pool.query("select 1 from learning_cohorts where title = 'Edizione facilitata'"))
        .rowCount,
    ).toBe(0);
    const ok = await post(coordinator, b.course.slug, [
      ...base,
      ["facilitators", x.accountId!],
      ["facilitators", y.accountId!],
    ]);
    expect(ok.status).toBe(303);
    const path = ok.headers.get("location")!;
    // Each facilitator follows the progress; another member of the network does not.
    for (const who of [coordinator, x, y])
      expect((await who.client.get(`${path}/progress`)).status).toBe(200);
    expect((await x.client.get(`${path}/progress.csv`)).status).toBe(200);
    const member = await actorFor(t, "member", net.id);
    expect((await member.client.get(`${path}/progress`)).status).toBe(403);
    // Named on the page for the network's people; not for a visitor from elsewhere.
    const page = await (await member.client.get(path)).text();
    for (const id of [coordinator.accountId!, x.accountId!, y.accountId!])
      expect(page).toContain(await nameOf(id));
    expect(page).toContain("Facilitazione:");
    const elsewhere = await (await outsider.client.get(path)).text();
    expect(elsewhere).not.toContain("Facilitazione:");
    expect(elsewhere).not.toContain(await nameOf(x.accountId!));
  });
});

describe("a new lab from the cohort form", () => {
  it("is made with the cohort in one request, and not at all when the form comes back", async () => {
    const b = await buildCourse(t, net.id);
    await buildLab(t, net.id, { title: "Un laboratorio che non va bene" });
    // A facilitator of the network authors courses but may not create labs: the form makes it anyway.
    const author = await actorFor(t, "facilitator", net.id);
    const x = await actorFor(t, "member", net.id);
    const form = await (await author.client.get(`/learning/courses/${b.course.slug}/cohorts/new`)).text();
    expect(form).toContain('type="radio" id="labChoice-new" name="labChoice" value="new"');
    const labs = async (title: string) =>
      (await t.deps.pool.query("select id, network_id from labs where title = $1", [title])).rows;
    /** The form's fields, some replaced by `over`. */
    const fields = (over: Record<string, string>): [string, string][] =>
      Object.entries({
        title: "Edizione con il suo laboratorio",
        startsOn: day(3),
        endsOn: day(40),
        capacity: "8",
        labChoice: "new",
        labId: "",
        newLabTitle: "Laboratorio dell'edizione",
        facilitators: x.accountId!,
        ...over,
      });
    // The cohort refused (capacity): no lab either, the choice and the title kept.
    const bad = await post(author, b.course.slug, fields({ capacity: "0" }));
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain("Scrivi un numero intero da 1 a 1000.");
    expect(html).toMatch(/id="labChoice-new" name="labChoice" value="new" checked/);
    expect(html).toContain('value="Laboratorio dell&#39;edizione"');
    expect(await labs("Laboratorio dell'edizione")).toEqual([]);
    // The new lab's title is needed (the existing lab's select does not count then).
    const untitled = await post(author, b.course.slug, fields({ newLabTitle: "  " }));
    expect(untitled.status).toBe(422);
    expect(await untitled.text()).toContain("Scrivi il titolo del nuovo laboratorio");
    expect(
      await t.deps.pool.query("select 1 from learning_cohorts where course_id = $1", [b.course.id]),
    ).toMatchObject({ rowCount: 0 });

    const ok = await post(author, b.course.slug, fields({}));
    expect(ok.status).toBe(303);
    const [lab] = await labs("Laboratorio dell'edizione");
    expect(lab?.network_id).toBe(net.id);
    const cohort = (
      await t.deps.pool.query("select lab_id from learning_cohorts where course_id = $1", [b.course.id])
    ).rows;
    expect(cohort).toEqual([{ lab_id: lab.id }]);
    // The cohort's facilitators run the lab; its dates are the cohort's.
    const { rows: members } = await t.deps.pool.query(
      "select account_id, role from lab_members where lab_id = $1 order by account_id",
      [lab.id],
    );
    expect(members).toEqual(
      [author.accountId!, x.accountId!].sort().map((id) => ({ account_id: id, role: "facilitator" })),
    );
    const page = await (await author.client.get(ok.headers.get("location")!)).text();
    expect(page).toContain("Laboratorio dell&#39;edizione</a>");
  });

  it("is the only choice when the network has no lab", async () => {
    const other = await buildNetwork(t);
    const b = await buildCourse(t, other.id);
    const coordinator = await actorFor(t, "coordinator", other.id);
    const form = await (
      await coordinator.client.get(`/learning/courses/${b.course.slug}/cohorts/new`)
    ).text();
    expect(form).toContain('<input type="hidden" name="labChoice" value="new"/>');
    expect(form).toContain("La rete non ha ancora laboratori: l&#39;edizione ne crea uno nuovo.");
    expect(form).not.toContain('name="labId"');
  });
});
