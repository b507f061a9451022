// Open data: the DCAT-AP_IT catalogue validated against the official DCAT-AP 3.0.1 SHACL shapes
// (test/fixtures/standards/), plus what the base shapes do not check (identifier, theme, rights holder,
// accrual periodicity, licence and format with EU vocabulary URIs, typed nodes); the distributions
// and the Atom feed carry only public, published practices and never contact details.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Quad } from "@rdfjs/types";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import jsonld from "jsonld";
import { Parser } from "n3";
import SHACLValidator from "rdf-validate-shacl";
import factory from "rdf-validate-shacl/src/defaultEnv.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNetwork, buildOrganisation } from "../../../../test/helpers/factories.ts";
import { buildCall } from "../../../../test/helpers/funding.ts";
import { buildPractice } from "../../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";

const SHAPES = path.resolve(
  import.meta.dirname,
  "../../../../test/fixtures/standards/dcat-ap-3.0.1-SHACL.ttl",
);
const EU = "http://publications.europa.eu/resource/authority/";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";

let t: TestRuntime;
let net: { id: string; slug: string };
const SECRET = "segreto.contatto@example.org";
const titles = { public: "", networkOnly: "", draft: "", otherNet: "" };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete dei dati aperti" });
  const other = await buildNetwork(t, { name: "Altra rete" });
  const org = await buildOrganisation(t, { name: "Comune di Prova, Lazio" });
  const p = await buildPractice(t, {
    networkId: net.id,
    title: 'Biblioteca "diffusa", con virgole',
    summary: "Una riga\ne un'altra; con 3<4 & simboli",
    contact: SECRET,
    organisationIds: [org.id],
    themes: ["libraries", "inclusion"],
    place: "Nemi",
    startYear: 2019,
    endYear: 2021,
    website: "https://example.org/biblioteca",
  });
  titles.public = p.title;
  titles.networkOnly = (
    await buildPractice(t, { networkId: net.id, visibility: "network", contact: SECRET })
  ).title;
  titles.draft = (await buildPractice(t, { networkId: net.id, status: "draft" })).title;
  titles.otherNet = (await buildPractice(t, { networkId: other.id })).title;
  await buildCall(t, net.id, { title: "Bando pubblico dei dati" });
  await buildCall(t, net.id, { title: "Bando riservato alla rete", visibility: "network" });
});
afterAll(() => t.close());

async function catalogueQuads(): Promise<{ doc: Record<string, unknown>; quads: Quad[] }> {
  const res = await t.app.request("/open-data/catalog.jsonld");
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/ld+json");
  const doc = (await res.json()) as Record<string, unknown>;
  // The context is inline: no document loader needed (nothing is fetched).
  const nquads = await jsonld.toRDF(doc, { format: "application/n-quads" });
  return { doc, quads: new Parser({ format: "application/n-quads" }).parse(nquads) };
}

describe("the DCAT-AP_IT catalogue", () => {
  it("conforms to the official DCAT-AP 3.0.1 SHACL shapes", async () => {
    const { quads } = await catalogueQuads();
    const shapes = factory.dataset(new Parser({ format: "text/turtle" }).parse(readFileSync(SHAPES, "utf8")));
    const data = factory.dataset(quads);
    const report = await new SHACLValidator(shapes, { factory }).validate(data);
    const problems = report.results.map(
      (r) =>
        `${r.focusNode?.value} ${r.path?.value ?? ""}: ${r.message.map((m) => m.value).join("; ")} (${r.sourceShape?.value})`,
    );
    expect(problems).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it("has the catalogue, one practices and one funding dataset per network, and CSV/JSON/JSON-LD distributions with EU vocabulary values", async () => {
    const { quads } = await catalogueQuads();
    const objects = (s: string, p: string) =>
      quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
    const ofType = (type: string) =>
      quads
        .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type)
        .map((q) => q.subject.value);
    const typed = (iri: string, type: string) => objects(iri, RDF_TYPE).some((o) => o.value === type);
    const one = (s: string, p: string) => {
      const o = objects(s, p);
      expect(o.length, `${s} ${p}`).toBeGreaterThan(0);
      return o[0]!;
    };

    const [catalog] = ofType(`${DCAT}Catalog`);
    expect(catalog).toBe("http://localhost:3000/open-data/catalog");
    expect(one(catalog!, `${DCT}identifier`).termType).toBe("Literal");
    expect(one(catalog!, `${DCAT}themeTaxonomy`).value).toBe(`${EU}data-theme`);
    expect(typed(one(catalog!, `${DCT}publisher`).value, "http://xmlns.com/foaf/0.1/Agent")).toBe(true);
    expect(one(catalog!, `${DCT}license`).value).toBe(`${EU}licence/CC_BY_4_0`);

    const datasets = objects(catalog!, `${DCAT}dataset`).map((o) => o.value);
    const base = `http://localhost:3000/open-data/${net.slug}`;
    expect(datasets).toEqual(expect.arrayContaining([`${base}/practices`, `${base}/funding`]));
    expect(ofType(`${DCAT}Dataset`).sort()).toEqual([...datasets].sort());

    for (const ds of datasets) {
      expect(one(ds, `${DCT}identifier`).termType).toBe("Literal");
      for (const p of ["title", "description"]) expect(objects(ds, `${DCT}${p}`).length).toBe(2); // it + en
      for (const theme of objects(ds, `${DCAT}theme`)) {
        expect(theme.value.startsWith(`${EU}data-theme/`)).toBe(true);
        expect(typed(theme.value, "http://www.w3.org/2004/02/skos/core#Concept")).toBe(true);
      }
      const holder = one(ds, `${DCT}rightsHolder`);
      expect(typed(holder.value, "http://xmlns.com/foaf/0.1/Agent")).toBe(true);
      expect(objects(holder.value, "http://xmlns.com/foaf/0.1/name").length).toBe(1);
      expect(typed(one(ds, `${DCT}publisher`).value, "http://xmlns.com/foaf/0.1/Agent")).toBe(true);
      const freq = one(ds, `${DCT}accrualPeriodicity`);
      expect(freq.value).toBe(`${EU}frequency/IRREG`);
      expect(typed(freq.value, `${DCT}Frequency`)).toBe(true);
      const modified = one(ds, `${DCT}modified`);
      expect(modified.termType === "Literal" && modified.datatype.value).toBe(
        "http://www.w3.org/2001/XMLSchema#date",
      );
      const dists = objects(ds, `${DCAT}distribution`).map((o) => o.value);
      expect(dists.sort()).toEqual(["csv", "json", "jsonld"].map((f) => `${ds}.${f}#distribution`).sort());
      for (const d of dists) {
        expect(typed(d, `${DCAT}Distribution`)).toBe(true);
        const format = one(d, `${DCT}format`);
        expect(format.value).toMatch(new RegExp(`^${EU}file-type/(CSV|JSON|JSON_LD)$`));
        expect(typed(format.value, `${DCT}MediaTypeOrExtent`)).toBe(true);
        const licence = one(d, `${DCT}license`);
        expect(licence.value).toBe(`${EU}licence/CC_BY_4_0`);
        expect(typed(licence.value, `${DCT}LicenseDocument`)).toBe(true);
        const access = one(d, `${DCAT}accessURL`).value;
        expect(access).toBe(d.replace("#distribution", ""));
        // Every access URL answers with its own format.
        const res = await t.app.request(access.replace("http://localhost:3000", ""));
        expect(res.status, access).toBe(200);
        const ct = res.headers.get("content-type") ?? "";
        if (access.endsWith(".csv")) expect(ct).toContain("text/csv");
        else if (access.endsWith(".jsonld")) expect(ct).toContain("application/ld+json");
        else expect(ct).toContain("application/json");
      }
    }
  });
});

describe("distributions and the feed", () => {
  const everything = async () => {
    const out: Record<string, string> = {};
    for (const what of ["practices", "funding"])
      for (const f of ["csv", "json", "jsonld"])
        out[`${what}.${f}`] = await (await t.app.request(`/open-data/${net.slug}/${what}.${f}`)).text();
    out.feed = await (await t.app.request("/practices/feed.xml")).text();
    out.rss = await (await t.app.request("/practices/rss.xml")).text();
    out.catalogue = await (await t.app.request("/open-data/catalog.jsonld")).text();
    return out;
  };

  it("carry only public, published practices and public calls, and never contact details", async () => {
    const all = await everything();
    for (const [name, body] of Object.entries(all)) {
      expect(body, name).not.toContain(SECRET);
      expect(body, name).not.toContain(titles.networkOnly);
      expect(body, name).not.toContain(titles.draft);
      expect(body, name).not.toContain("Bando riservato alla rete");
      expect(body, name).not.toMatch(/"contact"|\bcontact,/);
    }
    expect(all["practices.json"]).toContain('Biblioteca \\"diffusa\\", con virgole');
    expect(all["practices.csv"]).toContain('"Biblioteca ""diffusa"", con virgole"');
    expect(all["practices.csv"]).not.toContain(titles.otherNet);
    expect(all["funding.csv"]).toContain("Bando pubblico dei dati");
    expect(all.feed).toContain("Biblioteca &quot;diffusa&quot;, con virgole");
    expect(all.rss).toContain("Biblioteca &quot;diffusa&quot;, con virgole");
  });

  it("describe each practice as a schema.org CreativeWork in JSON-LD, offline", async () => {
    const doc = await (await t.app.request(`/open-data/${net.slug}/practices.jsonld`)).json();
    expect(doc["@context"]).toEqual({ "@vocab": "https://schema.org/" });
    const [work] = doc.hasPart;
    expect(work["@type"]).toBe("CreativeWork");
    expect(work.name).toBe(titles.public);
    expect(work.license).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(work.creator).toEqual([{ "@type": "Organization", name: "Comune di Prova, Lazio" }]);
    const nquads = await jsonld.toRDF(doc, { format: "application/n-quads" });
    expect(nquads).toContain("<https://schema.org/CreativeWork>");
  });

  it("gives an Atom feed that parses, newest first, with stable ids", async () => {
    const res = await t.app.request("/practices/feed.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => n === "entry" || n === "category",
    }).parse(xml).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const entry = feed.entry.find((e: { title: string }) => e.title === titles.public);
    expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(entry.link["@_href"]).toMatch(/^http:\/\/localhost:3000\/practices\//);
    expect(entry.category.map((c: Record<string, string>) => c["@_term"])).toEqual([
      "libraries",
      "inclusion",
    ]);
    expect(feed.entry.map((e: { title: string }) => e.title)).toContain(titles.otherNet);
  });

  it("gives the same entries as RSS 2.0, linked from the Atom feed and the open-data page", async () => {
    const res = await t.app.request("/practices/rss.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/rss+xml");
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => n === "item" || n === "category",
    }).parse(xml).rss.channel;
    expect(channel["atom:link"]["@_href"]).toBe("http://localhost:3000/practices/rss.xml");
    const item = channel.item.find((i: { title: string }) => i.title === titles.public);
    expect(item.guid["#text"]).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(item.guid["@_isPermaLink"]).toBe("false");
    expect(item.link).toMatch(/^http:\/\/localhost:3000\/practices\//);
    expect(item["dc:creator"]).toBe("Rete dei dati aperti");
    expect(item.category).toEqual(["Biblioteche", "Inclusione"]);
    // The summary is HTML in RSS: its "<" and "&" arrive escaped once more.
    expect(item.description).toBe("Una riga\ne un'altra; con 3&lt;4 &amp; simboli");

    const atom = await (await t.app.request("/practices/feed.xml")).text();
    expect(atom).toContain(
      'href="http://localhost:3000/practices/rss.xml" rel="alternate" type="application/rss+xml"',
    );
    const page = await (await t.app.request("/open-data?lang=en")).text();
    expect(page).toContain('<a href="/practices/rss.xml" type="application/rss+xml">');
  });

  it("lists the datasets on a page in both languages", async () => {
    const it_ = await (await t.app.request("/open-data?lang=it")).text();
    expect(it_).toContain("Raccolte per rete");
    expect(it_).toContain(`href="/open-data/${net.slug}/practices.csv"`);
    const en = await (await t.app.request("/open-data?lang=en")).text();
    expect(en).toContain("Collections by network");
  });

  it("answers 404 for a network that does not exist", async () => {
    expect((await t.app.request("/open-data/no-such-network/practices.csv")).status).toBe(404);
  });
});
