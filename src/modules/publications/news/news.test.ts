// The news column end to end through its pages: a member proposes (errors on the same form, nothing
// stored), an editor requests changes (a note required), the proposer resubmits, the editor publishes;
// a rejection; two decisions at once (one wins, the other 409); a network-only item absent from every
// anonymous page and feed; the feeds parsed as XML; the item's JSON-LD; every decision audited and
// the proposer and editors told.
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../../test/helpers/jobs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { loadActor } from "../../identity/index.ts";
import { proposeNews } from "../index.ts";
import { decideOnProposal } from "./news.workflow.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
const who: Record<string, Client> = {};
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestRuntime({ start: new Date("2031-03-01T10:00:00Z") });
  net = await buildNetwork(t, { name: "Rete delle notizie" });
  for (const role of ["anonymous", "member", "coordinator", "communicator", "other-coordinator"] as const) {
    const a = await actorFor(t, role, net.id);
    who[role] = a.client;
    if (a.accountId) ids[role] = a.accountId;
  }
});
afterAll(() => t.close());

const column = () => `/networks/${net.slug}/news`;
const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.deps.pool.query(sql, params)).rows[0].n);
const statusOf = async (id: string) =>
  (await t.deps.pool.query("select status, version from news_items where id = $1", [id])).rows[0] as {
    status: string;
    version: number;
  };
const idFrom = (res: Response) => /\/news\/([0-9a-f-]{36})/.exec(res.headers.get("location") ?? "")![1]!;

const proposal = {
  title: "Una biblioteca nei quartieri <script>alert(1)</script>",
  summary: "Punti prestito nei centri civici.",
  body: "Il progetto **funziona**.\n\n<b>non HTML</b>",
  kind: "news",
  tags: "Biblioteche, progetti",
  language: "it",
  visibility: "public",
};

describe("proposing, reviewing and publishing", () => {
  let itemId = "";

  it("shows errors on the same form and stores nothing", async () => {
    const before = await count("select count(*) as n from news_items");
    const res = await who.member!.submit(`${column()}/propose`, `${column()}/propose`, {
      ...proposal,
      title: "",
      body: "x".repeat(101 * 1024),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="error-summary"');
    expect(html).toContain('id="title-error"');
    expect(html).toContain('id="body-error"');
    expect(html).toContain("Punti prestito nei centri civici."); // input kept
    expect(await count("select count(*) as n from news_items")).toBe(before);
  });

  it("refuses a proposal to a network one does not belong to", async () => {
    const res = await who["other-coordinator"]!.post(`${column()}/propose`, {
      _csrf: await who["other-coordinator"]!.csrf(),
      ...proposal,
    });
    expect([403, 404]).toContain(res.status);
  });

  it("takes a member's proposal as pending, seen by the proposer and editors only", async () => {
    const res = await who.member!.submit(`${column()}/propose`, `${column()}/propose`, proposal);
    expect(res.status).toBe(303);
    itemId = idFrom(res);
    expect((await statusOf(itemId)).status).toBe("pending");
    expect((await who.anonymous!.get(`${column()}/${itemId}`)).status).toBe(404);
    expect((await who.member!.get(`${column()}/${itemId}`)).status).toBe(200);
    const review = await who.communicator!.get(`${column()}/review`);
    expect(review.status).toBe(200);
    expect(await review.text()).toContain(itemId);
    expect((await who.member!.get(`${column()}/review`)).status).toBe(403);
  });

  it("requires a note to request changes, then sends it back to the proposer", async () => {
    const page = `${column()}/${itemId}`;
    const noNote = await who.coordinator!.submit(page, `${page}/decision`, {
      decision: "request-changes",
      note: "",
      version: "1",
    });
    expect(noNote.status).toBe(422);
    expect(await noNote.text()).toContain('id="note-error"');
    expect((await statusOf(itemId)).status).toBe("pending");
    const ok = await who.coordinator!.submit(page, `${page}/decision`, {
      decision: "request-changes",
      note: "Aggiungete i dati dei primi sei mesi.",
      version: "1",
    });
    expect(ok.status).toBe(303);
    expect(await statusOf(itemId)).toEqual({ status: "changes-requested", version: 2 });
    // A decision on the version seen before: someone decided first.
    const stale = await who.communicator!.submit(page, `${page}/decision`, {
      decision: "publish",
      version: "1",
    });
    expect(stale.status).toBe(409);
  });

  it("lets the proposer (only) edit and resubmit", async () => {
    const edit = `${column()}/${itemId}/edit`;
    const form = await who.member!.get(edit);
    expect(await form.text()).toContain("Aggiungete i dati dei primi sei mesi.");
    const other = await who.communicator!.post(edit, {
      _csrf: await who.communicator!.csrf(column()),
      ...proposal,
      version: "2",
    });
    expect(other.status).toBe(404);
    const res = await who.member!.submit(edit, edit, {
      ...proposal,
      body: "Il progetto funziona: 1.200 prestiti in sei mesi.",
      version: "2",
    });
    expect(res.status).toBe(303);
    expect(await statusOf(itemId)).toEqual({ status: "pending", version: 3 });
  });

  it("publishes: the item is public, escaped, with its JSON-LD and language", async () => {
    const page = `${column()}/${itemId}`;
    const res = await who.coordinator!.submit(page, `${page}/decision`, {
      decision: "publish",
      version: "3",
    });
    expect(res.status).toBe(303);
    const html = await (await who.anonymous!.get(page)).text();
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain('<article lang="it">');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld["@context"]).toEqual({ "@vocab": "https://schema.org/" });
    expect(ld.inLanguage).toBe("it");
    const list = await (await who.anonymous!.get(`${column()}?tag=biblioteche`)).text();
    expect(list).toContain(itemId);
    const across = await (await who.anonymous!.get("/news?language=en")).text();
    expect(across).not.toContain(itemId);
  });

  it("audits every decision and tells the proposer and the editors", async () => {
    const actions = (
      await t.deps.pool.query("select action from audit_log where subject_id = $1 order by at, action", [
        itemId,
      ])
    ).rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "publications.news-proposed",
        "publications.news-changes-requested",
        "publications.news-resubmitted",
        "publications.news-published",
      ]),
    );
    await jobsSettled(t);
    const kinds = async (accountId: string) =>
      (await t.deps.pool.query("select kind from notifications where account_id = $1", [accountId])).rows.map(
        (r) => r.kind,
      );
    expect(await kinds(ids.member!)).toEqual(
      expect.arrayContaining(["publications.news-changes-requested", "publications.news-published"]),
    );
    expect(await kinds(ids.communicator!)).toContain("publications.news-proposed");
  });

  it("rejects with a reason; of two decisions at once one wins and the other is a 409", async () => {
    const member = (await loadActor(t.deps, ids.member!))!;
    const coordinator = (await loadActor(t.deps, ids.coordinator!))!;
    const communicator = (await loadActor(t.deps, ids.communicator!))!;
    const item = await proposeNews(t.deps, member, net.id, { ...proposal, title: "Seconda proposta" });
    const results = await Promise.allSettled([
      decideOnProposal(t.deps, coordinator, net.id, item.id, {
        decision: "reject",
        note: "Fuori tema.",
        version: 1,
      }),
      decideOnProposal(t.deps, communicator, net.id, item.id, { decision: "publish", version: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason.status).toBe(409);
    expect((await statusOf(item.id)).version).toBe(2);
    // A rejection, with its reason, reaches the proposer as its own kind.
    const third = await proposeNews(t.deps, member, net.id, { ...proposal, title: "Terza proposta" });
    const rejected = await decideOnProposal(t.deps, coordinator, net.id, third.id, {
      decision: "reject",
      note: "Non riguarda la rete.",
      version: 1,
    });
    expect(rejected).toMatchObject({ status: "rejected", reviewNote: "Non riguarda la rete." });
    await jobsSettled(t);
    const kinds = await t.deps.pool.query(
      "select kind, text_params from notifications where account_id = $1 and kind = 'publications.news-rejected'",
      [ids.member],
    );
    expect(kinds.rows.map((r) => r.text_params.title)).toContain("Terza proposta");
  });
});

describe("visibility and feeds", () => {
  const MARKER = "Solo-rete-7f3a";
  let secretId = "";
  let publicId = "";
  beforeAll(async () => {
    const coordinator = (await loadActor(t.deps, ids.coordinator!))!;
    secretId = (
      await proposeNews(
        t.deps,
        coordinator,
        net.id,
        { ...proposal, title: `Riservata ${MARKER}`, visibility: "network" },
        { publish: true },
      )
    ).id;
    publicId = (
      await proposeNews(
        t.deps,
        coordinator,
        net.id,
        { ...proposal, title: "Public & <open>", language: "en" },
        { publish: true },
      )
    ).id;
  });

  it("keeps a network-only item out of every anonymous page and feed", async () => {
    for (const path of [
      "/news",
      column(),
      `${column()}/${secretId}`,
      "/news/feed.xml",
      "/news/feed.rss",
      `${column()}/feed.xml`,
      `${column()}/feed.rss`,
    ]) {
      const res = await who.anonymous!.get(path);
      expect(await res.text(), path).not.toContain(MARKER);
    }
    expect((await who.anonymous!.get(`${column()}/${secretId}`)).status).toBe(404);
    expect(await (await who.member!.get(column())).text()).toContain(MARKER);
    expect(await (await who.member!.get(`${column()}/feed.xml`)).text()).not.toContain(MARKER);
  });

  it("writes Atom and RSS that parse, with stable ids and the item's language", async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const atomRes = await who.anonymous!.get(`${column()}/feed.xml`);
    expect(atomRes.headers.get("content-type")).toContain("application/atom+xml");
    const atom = parser.parse(await atomRes.text());
    const entries = [atom.feed.entry].flat();
    const entry = entries.find((e: { id: string }) => e.id === `urn:uuid:${publicId}`);
    expect(entry.title["#text"] ?? entry.title).toBe("Public & <open>");
    expect(entry["@_xml:lang"]).toBe("en");
    const rssRes = await who.anonymous!.get("/news/feed.rss");
    expect(rssRes.headers.get("content-type")).toContain("application/rss+xml");
    const rss = parser.parse(await rssRes.text());
    const items = [rss.rss.channel.item].flat();
    expect(items.some((i: { guid: { "#text": string } }) => i.guid["#text"] === `urn:uuid:${publicId}`)).toBe(
      true,
    );
  });
});

describe("after publishing: editing and withdrawing", () => {
  let itemId = "";
  beforeAll(async () => {
    const coordinator = (await loadActor(t.deps, ids.coordinator!))!;
    itemId = (
      await proposeNews(
        t.deps,
        coordinator,
        net.id,
        { ...proposal, title: "Da modificare" },
        { publish: true },
      )
    ).id;
  });
  const page = () => `${column()}/${itemId}`;
  const atomEntry = async () => {
    const atom = new XMLParser().parse(await (await who.anonymous!.get(`${column()}/feed.xml`)).text());
    return [atom.feed.entry].flat().find((e: { id: string }) => e.id === `urn:uuid:${itemId}`);
  };

  it("shows 'updated on' after an edit and keeps the feed entry's id, with a new `updated`", async () => {
    const before = await atomEntry();
    expect(await (await who.anonymous!.get(page())).text()).not.toContain("aggiornata il");
    t.clock.advance(2 * 86_400_000);
    const edit = `${page()}/edit`;
    expect((await who.member!.get(edit)).status).toBe(200); // not theirs to edit: the page only
    expect(await (await who.member!.get(edit)).text()).not.toContain('name="version"');
    const stale = await who.communicator!.submit(edit, edit, {
      ...proposal,
      title: "Modificata",
      version: "0",
    });
    expect(stale.status).toBe(409);
    const res = await who.communicator!.submit(edit, edit, {
      ...proposal,
      title: "Modificata",
      version: "1",
    });
    expect(res.status).toBe(303);
    expect(await (await who.anonymous!.get(page())).text()).toContain("aggiornata il");
    const after = await atomEntry();
    expect(after.title).toBe("Modificata");
    expect(after.updated).not.toBe(before.updated);
  });

  it("withdraws with a reason only: 410, gone from lists and feeds, audited", async () => {
    const action = `${page()}/withdraw`;
    const noReason = await who.coordinator!.submit(page(), action, { reason: " ", version: "2" });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('id="reason-error"');
    expect(
      (await who.member!.post(action, { _csrf: await who.member!.csrf(column()), reason: "x", version: "2" }))
        .status,
    ).toBe(403);
    const res = await who.coordinator!.submit(page(), action, { reason: "Dati superati.", version: "2" });
    expect(res.status).toBe(303);
    const gone = await who.anonymous!.get(page());
    expect(gone.status).toBe(410);
    expect(await gone.text()).not.toContain("Modificata");
    expect(await atomEntry()).toBeUndefined();
    expect(await (await who.anonymous!.get(column())).text()).not.toContain(itemId);
    const audited = await t.deps.pool.query(
      "select details from audit_log where subject_id = $1 and action = 'publications.news-withdrawn'",
      [itemId],
    );
    expect(audited.rows[0].details.reason).toBe("Dati superati.");
  });
});
