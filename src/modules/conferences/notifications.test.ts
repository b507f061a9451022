// Conferences' notification kinds on a real database: a confirmed registration is in the list of
// the account holding its address once that account confirmed it, and nobody else's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConference, confirmedRegistration } from "../../../test/helpers/conferences.ts";
import { buildAccount, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const noticesOf = async (accountId: string) =>
  (await t.deps.pool.query("select kind, href from notifications where account_id = $1", [accountId])).rows;

describe("a conference registration", () => {
  it("is in the list of the confirmed account with its address, not of an unconfirmed one", async () => {
    const net = await buildNetwork(t);
    const conf = await buildConference(t, net.id, { title: "Interactive Cities" });
    const verified = await buildAccount(t);
    const unverified = await buildAccount(t);
    await t.deps.pool.query("update accounts set email_verified_at = now() where id = $1", [verified.id]);
    await t.deps.pool.query("update accounts set email_verified_at = null where id = $1", [unverified.id]);
    await confirmedRegistration(t, conf, verified.email);
    await confirmedRegistration(t, conf, unverified.email);
    await jobsSettled(t);
    expect(await noticesOf(verified.id)).toEqual([
      { kind: "conferences.registration-confirmed", href: `/conferences/${conf.slug}` },
    ]);
    expect(await noticesOf(unverified.id)).toEqual([]);
  });
});
