// The identity demo: its networks have member organisations (accepted, as if their managers had said
// yes), so network pages list them and PA-only demo content reaches the demo's PA people.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { seedIdentityDemo } from "./demo.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedIdentityDemo(t.deps);
});
afterAll(() => t.close());

it("seeds every network with accepted member organisations, listed on its page", async () => {
  const rows = (
    await t.deps.pool.query<{ slug: string; accepted: string; pending: string }>(
      `select n.slug,
              count(*) filter (where no.status = 'accepted') as accepted,
              count(*) filter (where no.status = 'pending') as pending
         from networks n left join network_organisations no on no.network_id = n.id
        group by n.slug order by n.slug`,
    )
  ).rows;
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows)
    expect({ slug: r.slug, pending: Number(r.pending) }).toEqual({ slug: r.slug, pending: 0 });
  for (const r of rows) expect(Number(r.accepted)).toBeGreaterThan(0);
  const page = await (await t.app.request("/networks/ancilab")).text();
  expect(page).toMatch(/Comune di /);
});
