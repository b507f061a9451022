// The staff's moves through the API, as the pages' forms make them: shifting a conference with all
// its sessions, and a new edition with its programme and no registrations. Coordinators of the
// conference's network only (its other members: 403; outsiders: 404, as the pages say); bad input is
// a problem detail and moves nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConference, buildProgramme } from "../../../test/helpers/conferences.ts";
import { addToNetwork, apiTokenFor, buildAccount, buildNetwork } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { sessionsOf } from "./conferences.repo.ts";
import type { Conference } from "./types.ts";

let t: TestRuntime;
let conf: Conference;
let coordinator: string;
let member: string;
beforeAll(async () => {
  t = await createTestRuntime();
  const network = await buildNetwork(t);
  conf = await buildConference(t, network.id, {
    title: "Interactive Cities Genova",
    startsOn: "2027-04-14",
    endsOn: "2027-04-16",
  });
  await buildProgramme(t, conf);
  const [a, b] = await Promise.all([buildAccount(t), buildAccount(t)]);
  await addToNetwork(t, network.id, a.id, "coordinator");
  await addToNetwork(t, network.id, b.id, "member");
  [coordinator, member] = await Promise.all([apiTokenFor(t, a.id), apiTokenFor(t, b.id)]);
});
afterAll(() => t.close());

const post = (token: string | null, path: string, body: unknown) =>
  t.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
const starts = async (id: string) =>
  (await sessionsOf(t.deps.db, id)).map((s) => s.starts_at.toISOString()).sort();

describe("conferences API: shift and new edition", () => {
  it("moves the conference and every session by the days given", async () => {
    const before = await starts(conf.id);
    const res = await post(coordinator, `/api/v1/conferences/${conf.id}/shift`, { days: 7 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: conf.id, startsOn: "2027-04-21", endsOn: "2027-04-23" });
    const after = await starts(conf.id);
    expect(after.map((x, i) => Date.parse(x) - Date.parse(before[i]!))).toEqual(
      before.map(() => 7 * 86_400_000),
    );
  });

  it("makes a new edition with its programme, and answers 201 with its Location", async () => {
    const res = await post(coordinator, `/api/v1/conferences/${conf.slug}/editions`, {
      title: "Interactive Cities Genova 2028",
      startsOn: "2028-04-12",
    });
    expect(res.status).toBe(201);
    const edition = await res.json();
    expect(edition).toMatchObject({
      title: "Interactive Cities Genova 2028",
      startsOn: "2028-04-12",
      endsOn: "2028-04-14",
      registrationOpen: true,
    });
    expect(res.headers.get("location")).toBe(`http://localhost:3000/api/v1/conferences/${edition.id}`);
    expect((await starts(edition.id)).length).toBe((await starts(conf.id)).length);
  });

  it("refuses others and bad input with problem details, moving nothing", async () => {
    const before = await starts(conf.id);
    expect((await post(null, `/api/v1/conferences/${conf.id}/shift`, { days: 1 })).status).toBe(401);
    expect((await post(member, `/api/v1/conferences/${conf.id}/shift`, { days: 1 })).status).toBe(403);
    for (const body of [{ days: 0 }, { days: 1.5 }, { days: "7" }, {}]) {
      const res = await post(coordinator, `/api/v1/conferences/${conf.id}/shift`, body);
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    const bad = await post(coordinator, `/api/v1/conferences/${conf.id}/editions`, {
      title: "",
      startsOn: "2028-02-30",
    });
    expect(bad.status).toBe(422);
    expect(await starts(conf.id)).toEqual(before);
  });
});
