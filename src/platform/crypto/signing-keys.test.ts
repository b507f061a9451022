// Signing keys on the test database (embedded, or PostgreSQL with DATABASE_URL): made, used to sign,
// rotated, retired and listed; the private half is sealed at rest and survives a SECRET rotation.
import { createPrivateKey, createPublicKey, type JsonWebKey, sign, verify } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { newId } from "../ids.ts";
import { activeKey, createKey, type KeyOwner, publicKeys, retireKey } from "./signing-keys.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t?.close());

const owner = (): KeyOwner => ({ type: "network", id: newId() });
const later = (ms: number) => t.clock.advance(ms);

/** A signature by the private JWK, checked against a public JWK (Ed25519, or RSA with SHA-256). */
function signsFor(privateKey: JsonWebKey, publicKey: JsonWebKey): boolean {
  const data = Buffer.from("badge 42");
  const algorithm = privateKey.kty === "RSA" ? "sha256" : null;
  const signature = sign(algorithm, data, createPrivateKey({ key: privateKey, format: "jwk" }));
  return verify(algorithm, data, createPublicKey({ key: publicKey, format: "jwk" }), signature);
}

describe("signing keys", () => {
  it("are Ed25519 (ob-issuer, ap-ed25519) or RSA 3072 (ap-rsa), the private half sealed", async () => {
    const o = owner();
    const ob = await createKey(t.deps, o, "ob-issuer");
    expect(ob.publicKey).toMatchObject({ kty: "OKP", crv: "Ed25519" });
    expect(ob.publicKey).not.toHaveProperty("d");
    const ed = await createKey(t.deps, o, "ap-ed25519");
    expect(ed.publicKey).toMatchObject({ kty: "OKP", crv: "Ed25519" });
    const rsa = await createKey(t.deps, o, "ap-rsa");
    expect(rsa.publicKey.kty).toBe("RSA");
    expect(Buffer.from(rsa.publicKey.n!, "base64url").length * 8).toBe(3072);

    const { rows } = await sql<{ private_key_sealed: string }>`
      select private_key_sealed from signing_keys where owner_id = ${o.id}`.execute(t.deps.db);
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.private_key_sealed).toMatch(/^v1\./);
      expect(r.private_key_sealed).not.toContain('"d"');
    }
    for (const [purpose, made] of [
      ["ob-issuer", ob],
      ["ap-ed25519", ed],
      ["ap-rsa", rsa],
    ] as const) {
      const active = await activeKey(t.deps, o, purpose);
      expect(active?.id).toBe(made.id);
      expect(active?.privateKey.d).toBeTruthy();
      expect(signsFor(active!.privateKey, made.publicKey)).toBe(true);
    }
    // Another owner has none.
    expect(await activeKey(t.deps, owner(), "ob-issuer")).toBeUndefined();
  });

  it("rotate: a new key becomes active, the old one is retired and still listed for verification", async () => {
    const o = owner();
    const first = await createKey(t.deps, o, "ob-issuer");
    const signedByFirst = (await activeKey(t.deps, o, "ob-issuer"))!.privateKey;
    later(60_000);
    const second = await createKey(t.deps, o, "ob-issuer");
    expect((await activeKey(t.deps, o, "ob-issuer"))?.id).toBe(second.id);

    const listed = await publicKeys(t.deps, o, "ob-issuer");
    expect(listed.map((k) => k.id)).toEqual([second.id, first.id]);
    expect(listed[0]!.retiredAt).toBeNull();
    expect(listed[1]!.retiredAt).toEqual(t.clock.now());
    // What the retired key signed still verifies against the list; not against the new key.
    expect(signsFor(signedByFirst, listed[1]!.publicKey)).toBe(true);
    expect(signsFor(signedByFirst, listed[0]!.publicKey)).toBe(false);
    // Other purposes are separate lists.
    expect(await publicKeys(t.deps, o, "ap-rsa")).toEqual([]);
  });

  it("retire: the owner has no active key, the key stays listed, retiring twice says so", async () => {
    const o = owner();
    const key = await createKey(t.deps, o, "ap-ed25519");
    later(1_000);
    expect(await retireKey(t.deps, key.id)).toBe(true);
    expect(await retireKey(t.deps, key.id)).toBe(false);
    expect(await activeKey(t.deps, o, "ap-ed25519")).toBeUndefined();
    expect(await publicKeys(t.deps, o, "ap-ed25519")).toEqual([{ ...key, retiredAt: t.clock.now() }]);
  });

  it("keep opening after SECRET rotates (v2 with SECRET_PREVIOUS), and new keys seal under v2", async () => {
    const o = owner();
    const old = await createKey(t.deps, o, "ap-ed25519");
    const rotated = {
      ...t.deps,
      config: {
        ...t.deps.config,
        secret: "rotated-secret-rotated-secret-0123456",
        secretVersion: 2,
        secretPrevious: t.deps.config.secret,
      },
    };
    const opened = await activeKey(rotated, o, "ap-ed25519");
    expect(opened?.id).toBe(old.id);
    expect(signsFor(opened!.privateKey, old.publicKey)).toBe(true);
    const other = owner();
    await createKey(rotated, other, "ap-ed25519");
    const { rows } = await sql<{ private_key_sealed: string }>`
      select private_key_sealed from signing_keys where owner_id = ${other.id}`.execute(t.deps.db);
    expect(rows[0]!.private_key_sealed).toMatch(/^v2\./);
    // The configuration of before cannot open what v2 sealed.
    await expect(activeKey(t.deps, other, "ap-ed25519")).rejects.toThrow(/version 2/);
  });

  it("refuse a private key moved onto another key's row", async () => {
    const a = owner();
    const b = owner();
    await createKey(t.deps, a, "ob-issuer");
    await createKey(t.deps, b, "ob-issuer");
    await sql`update signing_keys set private_key_sealed =
      (select private_key_sealed from signing_keys where owner_id = ${a.id})
      where owner_id = ${b.id}`.execute(t.deps.db);
    await expect(activeKey(t.deps, b, "ob-issuer")).rejects.toThrow(/do not match/);
  });

  it("allow one active key per owner and purpose (the database refuses a second)", async () => {
    const o = owner();
    await createKey(t.deps, o, "ob-issuer");
    await expect(
      sql`insert into signing_keys (id, owner_type, owner_id, purpose, public_key, private_key_sealed, created_at)
        select ${newId()}, owner_type, owner_id, purpose, public_key, private_key_sealed, created_at
        from signing_keys where owner_id = ${o.id}`.execute(t.deps.db),
    ).rejects.toThrow(/signing_keys_one_active/);
  });
});
