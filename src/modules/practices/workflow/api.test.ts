// The catalogue's write API: POST /api/v1/practices (token; coordinators and admins add to their
// network directly) and POST /api/v1/submissions (public, rate limited, same rules as the form), as
// RFC 9457 problem details with field errors, and both in the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { loadPractice } from "../catalogue/service.ts";
import { findSubmission } from "./repo.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime({
    env: { TRUST_PROXY: "true" },
    limits: {
      submissionsPerIp: { max: 3, windowSeconds: 3600 },
      submissionsPerEmail: { max: 2, windowSeconds: 3600 },
    },
  });
  net = await buildNetwork(t);
});
afterAll(() => t.close());

let ips = 0;
const post = (path: string, body: unknown, o: { token?: string; ip?: string; raw?: string } = {}) =>
  t.app.request(`/api/v1${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": o.ip ?? `10.4.0.${++ips}`,
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
    },
    body: o.raw ?? JSON.stringify(body),
  });

const practice = (o: Record<string, unknown> = {}) => ({
  title: "Open data del Comune di Nemi",
  summary: "Un portale di dati aperti costruito con le scuole.",
  country: "IT",
  language: "it",
  startYear: 2022,
  themes: ["open-data", "participation"],
  networkId: net.id,
  ...o,
});

let mails = 0;
const submission = (o: Record<string, unknown> = {}) => {
  const { networkId: _n, ...p } = practice();
  return {
    ...p,
    problem: "I dati erano chiusi nei PDF.",
    solution: "Un catalogo CKAN curato dagli studenti.",
    name: "Sara Colombo",
    email: `api${++mails}@example.org`,
    consentPublication: true,
    consentContact: true,
    ...o,
  };
};

describe("POST /api/v1/practices", () => {
  it("lets a coordinator add a published practice to their network (201, Location)", async () => {
    const { token } = await actorFor(t, "coordinator", net.id);
    const res = await post("/practices", practice(), { token });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(res.headers.get("location")).toBe(`http://localhost:3000/api/v1/practices/${body.id}`);
    expect(body).toMatchObject({
      status: "published",
      networkId: net.id,
      url: `http://localhost:3000/practices/${body.slug}`,
    });
    expect((await t.app.request(`/api/v1/practices/${body.id}`)).status).toBe(200);
    const draft = await post("/practices", practice({ title: "Bozza via API", status: "draft" }), { token });
    expect((await draft.json()).status).toBe("draft");
  });

  it("refuses without a token (401), members and other networks' coordinators (403)", async () => {
    expect((await post("/practices", practice())).status).toBe(401);
    const member = await actorFor(t, "member", net.id);
    const res = await post("/practices", practice(), { token: member.token });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const other = await actorFor(t, "other-coordinator", net.id);
    expect((await post("/practices", practice(), { token: other.token })).status).toBe(403);
    const admin = await actorFor(t, "admin", net.id);
    expect((await post("/practices", practice({ networkId: null }), { token: admin.token })).status).toBe(
      201,
    );
  });

  it("answers 422 with field errors for bad input, 400 for malformed JSON", async () => {
    const { token } = await actorFor(t, "coordinator", net.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ themes: ["open-data", "astrology"] }, "themes.1"],
      [{ title: "<script>alert(1)</script>" }, "title"],
      [{ summary: "x".repeat(501) }, "summary"],
      [{ startYear: "2022" }, "startYear"],
      [{ endYear: 2001 }, "endYear"],
      [{ country: "Italia" }, "country"],
      [{ colour: "blue" }, "body"],
    ];
    for (const [o, fieldName] of cases) {
      const res = await post("/practices", practice(o), { token });
      expect(res.status, JSON.stringify(o)).toBe(422);
      const problem = await res.json();
      expect(problem).toMatchObject({
        status: 422,
        code: "validation-failed",
        type: "/problems/validation-failed",
      });
      expect(problem.errors.map((e: { field: string }) => e.field)).toContain(fieldName);
      for (const e of problem.errors) expect(e.message).not.toMatch(/^practices\./);
    }
    const broken = await post("/practices", null, { token, raw: '{"title": ' });
    expect(broken.status).toBe(400);
  });
});

describe("POST /api/v1/submissions", () => {
  it("takes a report without a token: 201, stored as submitted with its meta", async () => {
    const res = await post("/submissions", submission({ email: "via.api@example.org" }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.status).toBe("submitted");
    const p = await loadPractice(t.deps, body.id);
    expect(p).toMatchObject({ status: "submitted", themes: ["open-data", "participation"] });
    expect(await findSubmission(t.deps.db, body.id)).toMatchObject({
      submitter_email: "via.api@example.org",
      submitter_name: "Sara Colombo",
    });
    // Not visible to anonymous callers until published.
    expect((await t.app.request(`/api/v1/practices/${body.id}`)).status).toBe(404);
  });

  it("validates like the form: consents, address, themes, markup, sizes, types", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ consentPublication: false }, "consentPublication"],
      [{ email: "nope" }, "email"],
      [{ themes: ["made-up"] }, "themes.0"],
      [{ name: "<img src=x onerror=alert(1)>" }, "name"],
      [{ problem: "p".repeat(20_001) }, "problem"],
      [{ solution: "" }, "solution"],
      [{ startYear: "duemila" }, "startYear"],
    ];
    for (const [o, fieldName] of cases) {
      const res = await post("/submissions", submission(o));
      expect(res.status, JSON.stringify(o)).toBe(422);
      const problem = await res.json();
      expect(problem.errors.map((e: { field: string }) => e.field)).toContain(fieldName);
    }
  });

  it("is rate limited per address and per IP (429 with Retry-After)", async () => {
    const email = "limite@example.org";
    expect((await post("/submissions", submission({ email }))).status).toBe(201);
    expect((await post("/submissions", submission({ email }))).status).toBe(201);
    const third = await post("/submissions", submission({ email }));
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await third.json()).code).toBe("rate-limited");
    const ip = "10.9.9.9";
    for (let i = 0; i < 3; i++) expect((await post("/submissions", submission(), { ip })).status).toBe(201);
    expect((await post("/submissions", submission(), { ip })).status).toBe(429);
  });
});

it("documents both routes in the OpenAPI document", async () => {
  const doc = await (await t.app.request("/api/v1/openapi.json")).json();
  expect(doc.paths["/practices"].post.security).toEqual([{ bearer: [] }]);
  expect(Object.keys(doc.paths["/practices"].post.responses)).toEqual(
    expect.arrayContaining(["201", "401", "403", "422"]),
  );
  expect(Object.keys(doc.paths["/submissions"].post.responses)).toEqual(
    expect.arrayContaining(["201", "422", "429"]),
  );
  expect(doc.components.schemas.SubmissionCreate.properties.consentPublication).toBeDefined();
});
