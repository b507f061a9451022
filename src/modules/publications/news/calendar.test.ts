// What the editorial calendar calls: publishNewsItem is idempotent on deliveryId (twice in a row or
// at once: one item), refused to people who are not the network's editors; withdrawNewsItem takes the
// item down (410) and may be called again.
import { afterAll, beforeAll, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../../platform/auth/index.ts";
import { loadActor } from "../../identity/index.ts";
import { publishNewsItem, withdrawNewsItem } from "../index.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete del calendario" });
});
afterAll(() => t.close());

const input = (deliveryId: string) => ({
  networkId: net.id,
  deliveryId,
  title: "Dal calendario",
  summary: "Un sommario.",
  body: "Un testo.",
  language: "it",
  visibility: "public",
  tags: ["calendario"],
});

it("publishes once per delivery, even when called twice at once", async () => {
  const communicator = (await loadActor(t.deps, (await actorFor(t, "communicator", net.id)).accountId!))!;
  const first = await publishNewsItem(t.deps, communicator, input("delivery-1"));
  expect(first.url).toBe(`${t.config.baseUrl}/networks/${net.slug}/news/${first.id}`);
  expect(await publishNewsItem(t.deps, communicator, input("delivery-1"))).toEqual(first);
  const both = await Promise.all([
    publishNewsItem(t.deps, SYSTEM, input("delivery-2")),
    publishNewsItem(t.deps, SYSTEM, input("delivery-2")),
  ]);
  expect(both[0]).toEqual(both[1]);
  const n = await t.deps.pool.query("select count(*)::int as n from news_items where network_id = $1", [
    net.id,
  ]);
  expect(n.rows[0].n).toBe(2);
  expect((await t.app.request(`/networks/${net.slug}/news/${first.id}`)).status).toBe(200);
});

it("refuses a member, and withdraws (twice is fine)", async () => {
  const member = (await loadActor(t.deps, (await actorFor(t, "member", net.id)).accountId!))!;
  await expect(publishNewsItem(t.deps, member, input("delivery-3"))).rejects.toMatchObject({ status: 403 });
  const { id } = await publishNewsItem(t.deps, SYSTEM, input("delivery-4"));
  await withdrawNewsItem(t.deps, SYSTEM, id);
  await withdrawNewsItem(t.deps, SYSTEM, id);
  expect((await t.app.request(`/networks/${net.slug}/news/${id}`)).status).toBe(410);
});
