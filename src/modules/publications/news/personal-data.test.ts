// A proposer's data in the news column: the download lists their items with their states; the
// erasure (in "delete my account"'s one transaction) deletes their unpublished proposals and takes
// their name off published bylines, keeping the organisation and the item.
import { afterAll, beforeAll, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { buildNewsItem } from "../../../../test/helpers/news.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { erasePersonalData, exportPersonalData } from "../../../app/personal-data.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

it("exports a proposer's items and erases them (unpublished) or their name (published)", async () => {
  const net = await buildNetwork(t);
  const member = await actorFor(t, "member", net.id);
  const other = await actorFor(t, "member", net.id);
  const published = await buildNewsItem(t, net.id, member.accountId!, { title: "Pubblicata" });
  const pending = await buildNewsItem(t, net.id, member.accountId!, { title: "In attesa", decision: "none" });
  const theirs = await buildNewsItem(t, net.id, other.accountId!, { decision: "none" });
  const mine = (await exportPersonalData(t.deps, member.accountId!)).publications!;
  expect(mine.newsItems).toEqual([
    expect.objectContaining({ title: "Pubblicata", state: "published" }),
    expect.objectContaining({ title: "In attesa", state: "pending" }),
  ]);
  await erasePersonalData(t.deps, member.accountId!);
  const rows = async (id: string) =>
    (await t.deps.pool.query("select proposer_id, byline_name from news_items where id = $1", [id])).rows;
  expect(await rows(pending)).toEqual([]);
  expect(await rows(published)).toEqual([{ proposer_id: null, byline_name: null }]);
  expect((await rows(theirs))[0].proposer_id).toBe(other.accountId);
  expect((await exportPersonalData(t.deps, member.accountId!)).publications).toEqual({ newsItems: [] });
});
