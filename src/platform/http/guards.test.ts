// The guards on a tiny app: who gets through each, and what the others are answered (a redirect to
// sign in, a 401 problem, a 404 or the module's own refusal), with what each sets for the handler.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { type Actor, type Policy, policyOf } from "../auth/index.ts";
import type { Deps } from "../deps.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import type { AppEnv } from "./context.ts";
import { authorize, load, network, requireActor, type With } from "./guards.ts";

const person = (over: Partial<Actor> = {}): Actor => ({
  id: "a1",
  email: "a@example.test",
  name: "A",
  isAdmin: false,
  language: "it",
  emailVerified: true,
  networkRoles: {},
  organisations: [],
  ...over,
});

type Net = { id: string; slug: string; name: string };
const NETWORKS: Net[] = [{ id: "n1", slug: "ancilab", name: "ANCI Lab" }];
const bySlug = async (_deps: Deps, slug: string) => {
  const n = NETWORKS.find((x) => x.slug === slug);
  if (!n) throw notFound();
  return n;
};

/** A policy like a module's: coordinators manage their network; anyone signed in may list. */
type Rules = { manage: { networkId: string }; list: undefined };
const can: Policy<Rules> = policyOf<Rules>({
  manage: (actor, r) => Boolean(actor?.networkRoles[r.networkId]?.includes("coordinator")),
  list: (actor) => actor !== null,
});

const networkOf = (c: With<{ network: Net }>) => ({ networkId: c.get("network").id });

// The policy's map of actions keeps guards honest at compile time (tsc checks these lines).
// @ts-expect-error an action the policy does not have
authorize(can, "delete", networkOf);
// @ts-expect-error the wrong resource for the action
authorize(can, "manage", () => ({ id: "n1" }));
// @ts-expect-error an action about a resource needs one
authorize(can, "manage");
const seesPeople = (actor: Actor | null, r: { networkId: string }) =>
  actor?.networkRoles[r.networkId] ? forbidden() : notFound();

/** The app's frame in small: the actor as a session would set it, errors as status and code. */
function app(actor: Actor | null) {
  const r = new Hono<AppEnv>();
  r.use(async (c, next) => {
    c.set("deps", {} as Deps);
    c.set("actor", actor);
    await next();
  });
  r.onError((err, c) =>
    err instanceof AppError ? c.json({ code: err.code }, err.status as 400) : c.text("boom", 500),
  );
  r.get(
    "/networks/:slug/things/new",
    requireActor(),
    network(bySlug),
    authorize(can, "manage", networkOf),
    (c) => c.text(`${c.get("actor").id} in ${c.get("network").name}`),
  );
  r.get(
    "/networks/:slug/people",
    requireActor(),
    network(bySlug),
    authorize(can, "manage", networkOf, seesPeople),
    (c) => c.text("people"),
  );
  r.get("/list", authorize(can, "list"), (c) => c.text("list"));
  r.get("/api/v1/things", requireActor(), (c) => c.json({ by: c.get("actor").id }));
  const thing = load("thing", async (c) => {
    const slug = c.req.param("slug");
    if (slug !== "known") throw notFound();
    return { slug, networkId: "n1" };
  });
  r.get("/things/:slug/edit", thing, requireActor(), (c) => c.text(c.get("thing").networkId));
  return r;
}

const coordinator = person({ networkRoles: { n1: ["coordinator"] } });
const member = person({ networkRoles: { n1: ["member"] } });

describe("requireActor", () => {
  it("sends a signed-out visitor of a page to sign in, and back to the page with its query", async () => {
    const res = await app(null).request("/networks/ancilab/things/new?from=list");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(
      `/sign-in?next=${encodeURIComponent("/networks/ancilab/things/new?from=list")}`,
    );
  });

  it("answers the API's signed-out callers 401", async () => {
    const res = await app(null).request("/api/v1/things");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: "unauthorized" });
  });

  it("lets a signed-in person through, with the actor set for the handler", async () => {
    const res = await app(member).request("/api/v1/things");
    expect(await res.json()).toEqual({ by: "a1" });
  });

  it("runs after the guards before it: an unknown thing is a 404 even when signed out", async () => {
    expect((await app(null).request("/things/unknown/edit")).status).toBe(404);
    expect((await app(null).request("/things/known/edit")).status).toBe(303);
    expect(await (await app(member).request("/things/known/edit")).text()).toBe("n1");
  });
});

describe("network", () => {
  it("sets the network of the path's slug, and answers 404 for an unknown one", async () => {
    const ok = await app(coordinator).request("/networks/ancilab/things/new");
    expect(await ok.text()).toBe("a1 in ANCI Lab");
    expect((await app(coordinator).request("/networks/nowhere/things/new")).status).toBe(404);
  });
});

describe("authorize", () => {
  it("lets through whom the policy allows, and answers 404 to the others by default", async () => {
    expect((await app(coordinator).request("/networks/ancilab/things/new")).status).toBe(200);
    expect((await app(member).request("/networks/ancilab/things/new")).status).toBe(404);
    expect((await app(person()).request("/networks/ancilab/things/new")).status).toBe(404);
  });

  it("answers with the module's own refusal when it gives one", async () => {
    expect((await app(member).request("/networks/ancilab/people")).status).toBe(403);
    expect((await app(person()).request("/networks/ancilab/people")).status).toBe(404);
  });

  it("asks about no resource for an action that has none", async () => {
    expect((await app(member).request("/list")).status).toBe(200);
    expect((await app(null).request("/list")).status).toBe(404);
  });
});
