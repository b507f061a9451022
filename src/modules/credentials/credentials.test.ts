// Open Badges credentials on the embedded database (and PostgreSQL with DATABASE_URL): a course
// completed through the pages gets one signed OpenBadgeCredential from the job that follows the
// completion event; it verifies with @digitalbazaar/vc AND with an independent check written here from
// W3C vc-di-eddsa (RDFC-1.0, SHA-256, Ed25519 by node:crypto); a one-character change fails both; the
// loader fetches nothing; a revoked credential is called revoked although the library says verified;
// the job run twice or at once gives one credential. Signing costs 7–30 ms: one credential for the file.
import { createHash, createPublicKey, verify as edVerify } from "node:crypto";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import jsonld from "jsonld";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { addToNetwork, buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { buildCourse, completeThroughPages, recordCompletion } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { erasePersonalData, exportPersonalData } from "../../app/personal-data.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { emit, handlersOf } from "../../platform/events.ts";
import { createCurriculum } from "../learning/index.ts";
import { issueCredentialJob } from "./credentials.jobs.ts";
import { issueCredentialFor } from "./index.ts";
import { isOwnIssuer, localDocuments } from "./issuers.service.ts";
import { documentLoader, NotShippedError } from "./loader.ts";
import { revokeCredential } from "./revoke.service.ts";
import { emailHash } from "./sign.ts";
import { verifyCredential } from "./verify.ts";

// biome-ignore lint/suspicious/noExplicitAny: a credential's JSON, read field by field by the assertions.
type Doc = Record<string, any>;

let t: TestRuntime;
let learnerId: string;
let courseId: string;
let credential: Doc;
let credentialId: string;

beforeAll(async () => {
  t = await createTestRuntime();
  const net = await buildNetwork(t, { name: "Rete dei badge", slug: "rete-dei-badge" });
  const b = await buildCourse(t, net.id, { title: "Dati aperti per i comuni" });
  courseId = b.course.id;
  const a = await buildAccount(t, { name: "Lucia Verdi", email: "lucia.verdi@example.org" });
  await addToNetwork(t, net.id, a.id, "member");
  learnerId = a.id;
  await completeThroughPages(await signedIn(t, a.id), b);
  await jobsSettled(t);
  const rows = await credentialsOf(learnerId);
  expect(rows).toHaveLength(1);
  credentialId = rows[0].id;
  credential = JSON.parse(rows[0].document);
}, 60_000);
afterAll(() => t.close());

const credentialsOf = async (accountId: string) =>
  (await t.deps.pool.query("select id, document from credentials where account_id = $1", [accountId])).rows;

const check = (doc: unknown) =>
  verifyCredential(doc, {
    local: localDocuments(t.deps),
    ownIssuer: isOwnIssuer(t.deps),
    now: t.deps.clock.now(),
  });

// --- An independent verifier, written from W3C vc-di-eddsa §3.3 (eddsa-rdfc-2022) ------------------
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
function base58btc(multibase: string): Buffer {
  expect(multibase[0]).toBe("z");
  let n = 0n;
  for (const ch of multibase.slice(1)) {
    const v = B58.indexOf(ch);
    if (v < 0) throw new Error(`not base58: ${ch}`);
    n = n * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n % 256n));
    n /= 256n;
  }
  for (const ch of multibase.slice(1)) {
    if (ch !== "1") break;
    bytes.unshift(0);
  }
  return Buffer.from(bytes);
}

async function independentlyVerified(doc: Doc): Promise<boolean> {
  const loader = documentLoader(localDocuments(t.deps));
  const { proof, ...unsecured } = doc;
  const { proofValue, ...options } = proof;
  const canon = (d: object) =>
    jsonld.canonize(d, {
      algorithm: "RDFC-1.0",
      format: "application/n-quads",
      safe: true,
      documentLoader: loader,
    });
  const sha = (s: string) => createHash("sha256").update(s, "utf8").digest();
  // hashData = SHA-256(canonical proof configuration) ‖ SHA-256(canonical document)
  const hashData = Buffer.concat([
    sha(await canon({ ...options, "@context": doc["@context"] })),
    sha(await canon(unsecured)),
  ]);
  const method = (await loader(proof.verificationMethod)).document as Doc;
  expect(method.type).toBe("Multikey");
  const raw = base58btc(method.publicKeyMultibase);
  expect([...raw.subarray(0, 2)]).toEqual([0xed, 0x01]); // multicodec ed25519-pub
  const key = createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: raw.subarray(2).toString("base64url") },
    format: "jwk",
  });
  return edVerify(null, hashData, key, base58btc(proofValue));
}

describe("an Open Badges credential", () => {
  it("is an OpenBadgeCredential as issue 18 item 1 says, for the learner and the course", () => {
    const base = t.deps.config.baseUrl;
    expect(credential["@context"]).toEqual([
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]);
    expect(credential.id).toBe(`${base}/credentials/${credentialId}`);
    expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(credential.name).toBe("Dati aperti per i comuni");
    expect(credential.issuer).toMatchObject({ type: ["Profile"], name: "Rete dei badge" });
    expect(credential.issuer.id).toMatch(new RegExp(`^${base}/issuers/[0-9a-f-]{36}$`));
    expect(new Date(credential.validFrom).getTime()).not.toBeNaN();
    const subject = credential.credentialSubject;
    expect(subject.type).toEqual(["AchievementSubject"]);
    const [name, email] = subject.identifier;
    expect(name).toEqual({
      type: "IdentityObject",
      identityType: "name",
      hashed: false,
      identityHash: "Lucia Verdi",
    });
    expect(email).toMatchObject({ type: "IdentityObject", identityType: "emailAddress", hashed: true });
    expect(email.identityHash).toBe(emailHash("lucia.verdi@example.org", email.salt));
    expect(email.identityHash).toBe(
      `sha256$${createHash("sha256").update(`lucia.verdi@example.org${email.salt}`).digest("hex")}`,
    );
    expect(subject.achievement).toMatchObject({
      type: ["Achievement"],
      name: "Dati aperti per i comuni",
      description: "Un corso per provare.",
      inLanguage: "it",
    });
    expect(subject.achievement.id).toMatch(new RegExp(`^${base}/achievements/[0-9a-f-]{36}$`));
    expect(subject.achievement.criteria.narrative).toContain("«Dati aperti per i comuni»");
    const status = credential.credentialStatus;
    expect(status).toMatchObject({ type: "BitstringStatusListEntry", statusPurpose: "revocation" });
    expect(status.statusListCredential).toMatch(new RegExp(`^${base}/status-lists/[0-9a-f-]{36}$`));
    expect(status.id).toBe(`${status.statusListCredential}#${status.statusListIndex}`);
    expect(credential.proof).toMatchObject({
      type: "DataIntegrityProof",
      cryptosuite: "eddsa-rdfc-2022",
      proofPurpose: "assertionMethod",
      verificationMethod: `${credential.issuer.id}#key-1`,
    });
  });

  it("verifies with the library (our verify) and with the independent check, fetching nothing", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async () => {
      throw new Error("verification fetched");
    });
    try {
      expect(await check(credential)).toEqual({
        verified: true,
        revoked: false,
        expired: false,
        issuer: { id: credential.issuer.id, name: "Rete dei badge" },
        errors: [],
      });
      expect(await independentlyVerified(credential)).toBe(true);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it("fails both checks when one character changes", async () => {
    const changed = structuredClone(credential);
    changed.credentialSubject.identifier[0].identityHash = "Lucia Verda";
    const r = await check(changed);
    expect(r.verified).toBe(false);
    expect(r.errors.map((e) => e.code)).toEqual(["bad-proof"]);
    expect(await independentlyVerified(changed)).toBe(false);
  });

  it("has a document loader that throws on anything it does not ship or own", async () => {
    const loader = documentLoader(localDocuments(t.deps));
    for (const url of [
      "https://www.w3.org/2018/credentials/v1",
      "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
      "https://example.org/anything.json",
      `${t.deps.config.baseUrl}/issuers/00000000-0000-4000-8000-000000000000`,
      `${t.deps.config.baseUrl}/status-lists/nope`,
    ])
      await expect(loader(url)).rejects.toBeInstanceOf(NotShippedError);
    const extra = structuredClone(credential);
    extra["@context"] = [...extra["@context"], "https://example.org/ctx.json"];
    expect((await check(extra)).errors).toEqual([
      { code: "unknown-context", detail: "https://example.org/ctx.json" },
    ]);
  });

  it("calls another issuer's credential 'cannot be verified here', never valid", async () => {
    const other = structuredClone(credential);
    other.issuer.id = "https://badges.example.org/issuers/1";
    const r = await check(other);
    expect(r).toMatchObject({ verified: false, errors: [{ code: "other-issuer" }] });
    expect((await check({ hello: "world" })).errors).toEqual([{ code: "not-credential" }]);
    expect((await check("not even an object")).verified).toBe(false);
  });

  it("gives one credential however often the job runs, even twice at once", async () => {
    const c = { learnerId, courseId, completedAt: new Date().toISOString() };
    await Promise.all([issueCredentialFor(t.deps, c), issueCredentialFor(t.deps, c)]);
    await issueCredentialFor(t.deps, c);
    const rows = await credentialsOf(learnerId);
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe(credentialId);
  });

  it("is queued once by each completion event, and a redelivered event gives no second credential", async () => {
    const c = { learnerId, courseId, completedAt: new Date().toISOString() };
    await t.deps.jobs.send(issueCredentialJob, c);
    await t.deps.jobs.send(issueCredentialJob, c);
    await jobsSettled(t);
    expect(await credentialsOf(learnerId)).toHaveLength(1);
    expect(handlersOf("learning.course.completed")).toContain("credentials.issue-course");
    expect(handlersOf("learning.curriculum.completed")).toContain("credentials.issue-curriculum");
  });
});

describe("a network's first credentials, issued at once", () => {
  it("share one issuer and one key, each verified", async () => {
    const net = await buildNetwork(t, { name: "Rete nuova" });
    const b = await buildCourse(t, net.id, { title: "Primo corso della rete" });
    const people = await Promise.all(["Ada Neri", "Bruno Blu"].map((name) => buildAccount(t, { name })));
    for (const p of people) await recordCompletion(t, p.id, { courseId: b.course.id });
    const made = await Promise.all(
      people.map((p) =>
        issueCredentialFor(t.deps, {
          learnerId: p.id,
          courseId: b.course.id,
          completedAt: new Date().toISOString(),
        }),
      ),
    );
    const docs = made.map((r) => JSON.parse(r!.document) as Doc);
    expect(docs[0]!.issuer.id).toBe(docs[1]!.issuer.id);
    expect(docs[0]!.proof.verificationMethod).toBe(docs[1]!.proof.verificationMethod);
    for (const d of docs) expect((await check(d)).verified).toBe(true);
  });
});

describe("a curriculum's credential", () => {
  it("comes from the curriculum's completion event, with the same issuer and its own achievement", async () => {
    const net = (
      await t.deps.pool.query("select network_id from credential_issuers where id::text = $1", [
        credential.issuer.id.split("/").pop(),
      ])
    ).rows[0].network_id as string;
    const curriculum = await createCurriculum(t.deps, SYSTEM, {
      networkId: net,
      slug: "percorso-dei-badge",
      title: "Percorso dei badge",
      summary: "Tutti i corsi sui dati.",
      language: "it",
      visibility: "public",
      published: true,
    });
    await recordCompletion(t, learnerId, { curriculumId: curriculum });
    await t.deps.db.transaction().execute((trx) =>
      emit(t.deps, trx, "learning.curriculum.completed", {
        learnerId,
        curriculumId: curriculum,
        networkId: net,
        language: "it",
        completedAt: new Date().toISOString(),
      }),
    );
    await jobsSettled(t);
    const docs = (await credentialsOf(learnerId)).map((r) => JSON.parse(r.document) as Doc);
    const mine = docs.find((d) => d.name === "Percorso dei badge")!;
    expect(mine.issuer.id).toBe(credential.issuer.id);
    expect(mine.credentialSubject.achievement.criteria.narrative).toBe(
      "Completare tutti i corsi del percorso «Percorso dei badge».",
    );
    expect((await check(mine)).verified).toBe(true);
  });
});

describe("the id-based URLs", () => {
  const path = (url: string) => new URL(url).pathname;
  const get = (url: string, accept?: string) =>
    t.app.request(path(url), { headers: accept ? { accept } : {} });

  it("/credentials/{id}: a page for browsers (valid, in words, noindex), the signed JSON as issued otherwise", async () => {
    const rows = await credentialsOf(learnerId);
    for (const lang of ["it", "en"]) {
      const res = await t.app.request(`${path(credential.id)}?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("vary")).toMatch(/Accept/);
      expect(res.headers.get("x-robots-tag")).toBe("noindex");
      const html = await res.text();
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      expect(html).toContain(
        lang === "it"
          ? "Credenziale valida: la firma di Rete dei badge è integra"
          : "Valid credential: the signature of Rete dei badge is intact",
      );
      expect(html).toContain("Lucia Verdi");
      expect(html).toContain('href="/credentials/verify"');
      expect(html).toContain(`href="${path(credential.credentialSubject.achievement.id)}"`);
      expect(html).toContain(`href="${path(credential.issuer.id)}"`);
    }
    // Twice as a browser (the second may come from the render cache), then as a wallet: JSON, never the page.
    await get(credential.id);
    await get(credential.id, "text/html");
    for (const accept of [
      "application/vc+ld+json",
      "application/json",
      "application/vc+ld+json, text/html;q=0.5",
    ]) {
      const res = await get(credential.id, accept);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/vc+ld+json; charset=utf-8");
      expect(res.headers.get("vary")).toMatch(/Accept/);
      expect(await res.text()).toBe(rows[0].document);
    }
    const file = await get(`${credential.id}/credential.json`);
    expect(file.headers.get("content-type")).toBe("application/vc+ld+json; charset=utf-8");
    expect(await file.text()).toBe(rows[0].document);
    // After a JSON answer, a browser still gets the page.
    expect((await get(credential.id, "text/html,application/xhtml+xml")).headers.get("content-type")).toMatch(
      /^text\/html/,
    );
    const missing = await get(`${t.deps.config.baseUrl}/credentials/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Credenziale non trovata");
  });

  it("/issuers/{id}: a page, and for application/ld+json the Profile that controls the keys", async () => {
    const bySlug = await t.app.request("/networks/rete-dei-badge/issuer");
    expect(bySlug.status).toBe(303);
    expect(bySlug.headers.get("location")).toBe(path(credential.issuer.id));
    expect((await t.app.request("/networks/rete-nuova-senza-badge/issuer")).status).toBe(404);
    const html = await (await get(credential.issuer.id, "text/html")).text();
    expect(html).toContain("Rete dei badge");
    expect(html).toContain("key-1");
    const res = await get(credential.issuer.id, "application/ld+json");
    expect(res.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    expect(res.headers.get("vary")).toMatch(/Accept/);
    const profile = (await res.json()) as Doc;
    expect(profile["@context"]).toEqual([
      "https://www.w3.org/ns/did/v1",
      "https://w3id.org/security/multikey/v1",
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]);
    expect(profile).toMatchObject({ id: credential.issuer.id, type: ["Profile"], name: "Rete dei badge" });
    expect(profile.assertionMethod).toEqual([
      expect.objectContaining({
        id: credential.proof.verificationMethod,
        type: "Multikey",
        controller: credential.issuer.id,
      }),
    ]);
    // assertionMethod is a defined term: the profile expands in safe mode with the shipped contexts.
    const expanded = (await jsonld.expand(profile, {
      safe: true,
      documentLoader: documentLoader(),
    })) as Doc[];
    expect(expanded[0]!["https://w3id.org/security#assertionMethod"]).toHaveLength(1);
  });

  it("/achievements/{id} shows name, description and criteria; /status-lists/{id} is the signed list", async () => {
    const a = credential.credentialSubject.achievement;
    const html = await (await get(a.id)).text();
    expect(html).toContain('lang="it">Dati aperti per i comuni</h1>');
    expect(html).toContain("Un corso per provare.");
    expect(html).toContain("Completare tutte le lezioni obbligatorie del corso");
    const list = await get(credential.credentialStatus.statusListCredential);
    expect(list.headers.get("content-type")).toBe("application/vc+ld+json; charset=utf-8");
    const doc = (await list.json()) as Doc;
    expect(doc).toMatchObject({
      type: ["VerifiableCredential", "BitstringStatusListCredential"],
      issuer: credential.issuer.id,
      credentialSubject: { type: "BitstringStatusList", statusPurpose: "revocation" },
      proof: { cryptosuite: "eddsa-rdfc-2022" },
    });
    expect(await independentlyVerified(doc)).toBe(true);
  });

  it("/credentials/verify: a file or pasted JSON, the answer in words; bad input gets its reason, never 'valid'", async () => {
    const visitor = new Client(t);
    expect((await visitor.get("/credentials/verify?lang=it")).status).toBe(200);
    const token = await visitor.csrf("/credentials/verify");
    const upload = (text: string | null, json = "") => {
      const form = new FormData();
      form.set("_csrf", token);
      if (text !== null) form.set("file", new File([text], "credential.json", { type: "application/json" }));
      form.set("json", json);
      return visitor.post("/credentials/verify", form);
    };
    const asText = async (res: Response) => ({ status: res.status, html: await res.text() });

    const valid = await asText(await upload(JSON.stringify(credential)));
    expect(valid.status).toBe(200);
    expect(valid.html).toContain("Credenziale valida: la firma di Rete dei badge è integra");

    const changed = structuredClone(credential);
    changed.validFrom = changed.validFrom.replace(/.Z$/, (m: string) => `${m[0] === "1" ? "2" : "1"}Z`);
    const tampered = await asText(await upload(null, JSON.stringify(changed)));
    expect(tampered.html).toContain("La firma non corrisponde: la credenziale è stata modificata");
    expect(tampered.html).not.toContain("Credenziale valida");

    const unknown = structuredClone(credential);
    unknown["@context"].push("https://example.org/ctx.json");
    expect((await asText(await upload(JSON.stringify(unknown)))).html).toContain(
      "contesto JSON-LD che questo sito non conosce",
    );
    expect((await asText(await upload(JSON.stringify({ a: 1 })))).html).toContain(
      "non è una credenziale verificabile",
    );

    const notJson = await asText(await upload("{ not json"));
    expect(notJson.status).toBe(422);
    expect(notJson.html).toContain("Il contenuto non è JSON valido");
    expect(notJson.html).toContain('id="error-summary"');

    const empty = await asText(await upload(null));
    expect(empty.status).toBe(422);
    expect(empty.html).toContain("Scegli un file o incolla il testo della credenziale.");

    const big = await asText(await upload(" ".repeat(1024 * 1024 + 1)));
    expect(big.status).toBe(413);
    expect(big.html).toContain("Il file supera 1 MB");
    expect((await asText(await upload(" ".repeat(3 * 1024 * 1024)))).status).toBe(413);
  });

  it("POST /api/v1/credentials/verify answers { verified, revoked, expired, issuer, errors[] }", async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      t.app.request("/api/v1/credentials/verify", {
        method: "POST",
        body,
        headers: { "content-type": "application/json", "accept-language": "en", ...headers },
      });
    const ok = await post(JSON.stringify(credential));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      verified: true,
      revoked: false,
      expired: false,
      issuer: { id: credential.issuer.id, name: "Rete dei badge" },
      errors: [],
    });
    const changed = structuredClone(credential);
    changed.name = `${changed.name}.`;
    const bad = (await (await post(JSON.stringify(changed))).json()) as Doc;
    expect(bad).toMatchObject({ verified: false, errors: [{ code: "bad-proof" }] });
    expect(bad.errors[0].message).toBe(
      "The signature does not match: the credential was changed after it was issued.",
    );
    const other = structuredClone(credential);
    other.issuer.id = "https://badges.example.org/issuers/1";
    expect(await (await post(JSON.stringify(other))).json()).toMatchObject({
      verified: false,
      errors: [
        { code: "other-issuer", message: "The credential is another issuer's: it cannot be verified here." },
      ],
    });
    const openapi = (await (await t.app.request("/api/v1/openapi.json")).json()) as Doc;
    expect(openapi.paths["/credentials/verify"].post.responses).toHaveProperty("413");
    const notJson = await post("{ nope");
    expect(notJson.status).toBe(400);
    expect(notJson.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const big = await post(JSON.stringify({ ...credential, padding: "x".repeat(1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  // Last: it revokes the file's credential.
  it("is called revoked once its bit is set, though the library's `verified` stays true", async () => {
    await revokeCredential(t.deps, credentialId, "issued by mistake");
    const r = await check(credential);
    expect(r).toMatchObject({ verified: false, revoked: true, errors: [{ code: "revoked" }] });
    // The trap our answer avoids: the library alone calls the revoked credential verified.
    const loader = documentLoader(localDocuments(t.deps));
    const suite = new DataIntegrityProof({ cryptosuite });
    const raw = await vc.verifyCredential({
      credential,
      suite,
      documentLoader: loader,
      checkStatus: (o: Record<string, unknown>) => checkStatus({ ...o, suite, documentLoader: loader }),
    });
    expect(raw.verified).toBe(true);
    expect(raw.statusResult?.results?.[0]?.status).toBe(true);
    await expect(revokeCredential(t.deps, credentialId, "again")).rejects.toMatchObject({ status: 409 });
    const page = await (await t.app.request(`${new URL(credential.id).pathname}?lang=en`)).text();
    expect(page).toContain("Revoked credential: Rete dei badge has withdrawn it");
    expect(page).not.toContain("Valid credential");
    const api = await t.app.request("/api/v1/credentials/verify", {
      method: "POST",
      body: JSON.stringify(credential),
      headers: { "content-type": "application/json" },
    });
    expect(await api.json()).toMatchObject({ verified: false, revoked: true, errors: [{ code: "revoked" }] });
  });
});

describe("a person's credentials and their account's deletion", () => {
  it("download as the signed JSON; erased, they are revoked everywhere and their address says so", async () => {
    const net = await buildNetwork(t, { name: "Rete delle cancellazioni" });
    const b = await buildCourse(t, net.id, { title: "Corso da cancellare" });
    const a = await buildAccount(t, { name: "Piero Gialli", email: "piero.gialli@example.org" });
    await addToNetwork(t, net.id, a.id, "member");
    await completeThroughPages(await signedIn(t, a.id), b);
    await jobsSettled(t);
    const [row] = await credentialsOf(a.id);
    const copy = JSON.parse(row.document) as Doc;

    const mine = (await exportPersonalData(t.deps, a.id)).credentials as { credentials: Doc[] };
    expect(mine.credentials).toHaveLength(1);
    expect(mine.credentials[0]).toMatchObject({
      achievement: "Corso da cancellare",
      revokedAt: null,
      credential: copy,
    });
    expect((await check(copy)).verified).toBe(true);

    await erasePersonalData(t.deps, a.id);
    await jobsSettled(t);

    const kept = (
      await t.deps.pool.query(
        "select account_id, document, revoked_at, status_index from credentials where id = $1",
        [row.id],
      )
    ).rows[0];
    expect(kept).toMatchObject({ account_id: null, document: "" });
    expect(kept.revoked_at).not.toBeNull();
    // A copy held elsewhere verifies as revoked: the status list was signed again with its bit.
    expect(await check(copy)).toMatchObject({ verified: false, revoked: true });
    const page = await t.app.request(`/credentials/${row.id}`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain("Credenziale non più disponibile");
    expect(html).not.toContain("Piero Gialli");
    const json = await t.app.request(`/credentials/${row.id}`, {
      headers: { accept: "application/vc+ld+json" },
    });
    expect(json.status).toBe(410);
    expect((await t.app.request(`/credentials/${row.id}/credential.json`)).status).toBe(410);
    expect((await exportPersonalData(t.deps, a.id)).credentials).toEqual({ credentials: [] });
  });
});
