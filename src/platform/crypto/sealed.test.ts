// Sealed values open for their purpose under the secret and version they were sealed with, keep
// opening after a rotation, and refuse every alteration, another purpose and another secret.
import { createCipheriv, hkdfSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SealError, type SealKeys, seal, sealVersion, unseal } from "./sealed.ts";

const OLD = "old-secret-old-secret-old-secret-0123";
const NEW = "new-secret-new-secret-new-secret-4567";
const v1: SealKeys = { secret: OLD, secretVersion: 1, secretPrevious: undefined };

/** The value with one byte of part `index` (1 iv, 2 tag, 3 body) flipped. */
function flip(sealed: string, index: number): string {
  const parts = sealed.split(".");
  const raw = Buffer.from(parts[index]!, "base64url");
  raw.writeUInt8(raw.readUInt8(0) ^ 1, 0);
  parts[index] = raw.toString("base64url");
  return parts.join(".");
}

describe("sealed values", () => {
  it("are v<n>.<iv>.<tag>.<ciphertext>, open to the same text, and two seals of one text differ", () => {
    const text = "Apri https://example.it/invitations/abc?x=1 — àèìòù";
    const a = seal(v1, "mail", text);
    const b = seal(v1, "mail", text);
    expect(a).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("invitations");
    expect(unseal(v1, "mail", a)).toBe(text);
    expect(unseal(v1, "mail", b)).toBe(text);
    expect(unseal(v1, "mail", seal(v1, "mail", ""))).toBe("");
    expect(sealVersion(a)).toBe(1);
  });

  it("use HKDF-SHA256(SECRET, info bottega:<purpose>:v<n>) as the AES-256-GCM key", () => {
    const sealed = seal(v1, "signing-key", "chiave");
    const [, iv, tag, body] = sealed.split(".");
    const key = Buffer.from(hkdfSync("sha256", OLD, Buffer.alloc(0), "bottega:signing-key:v1", 32));
    const cipher = createCipheriv("aes-256-gcm", key, Buffer.from(iv!, "base64url"));
    const expected = Buffer.concat([cipher.update("chiave", "utf8"), cipher.final()]);
    expect(body).toBe(expected.toString("base64url"));
    expect(tag).toBe(cipher.getAuthTag().toString("base64url"));
  });

  it("sealed under v1 still open after rotation to v2 (a new SECRET, the old one kept as previous)", () => {
    const underV1 = seal(v1, "signing-key", "private key of 2026");
    const v2: SealKeys = { secret: NEW, secretVersion: 2, secretPrevious: OLD };
    const underV2 = seal(v2, "signing-key", "private key of 2027");
    expect(sealVersion(underV2)).toBe(2);
    expect(unseal(v2, "signing-key", underV1)).toBe("private key of 2026");
    expect(unseal(v2, "signing-key", underV2)).toBe("private key of 2027");
    // The old configuration cannot open what the new one sealed.
    expect(() => unseal(v1, "signing-key", underV2)).toThrow(SealError);
    // Without the previous secret, version 1 is gone (and says so).
    const forgot: SealKeys = { secret: NEW, secretVersion: 2, secretPrevious: undefined };
    expect(() => unseal(forgot, "signing-key", underV1)).toThrow(SealError);
    // Two rotations on, version 1 is no longer known at all.
    const v3: SealKeys = { secret: `${NEW}x`, secretVersion: 3, secretPrevious: NEW };
    expect(unseal(v3, "signing-key", underV2)).toBe("private key of 2027");
    expect(() => unseal(v3, "signing-key", underV1)).toThrow(/version 1/);
  });

  it("sealed under v1 still open when only the version was raised (same SECRET, new derived key)", () => {
    const underV1 = seal(v1, "mail", "testo");
    const v2: SealKeys = { secret: OLD, secretVersion: 2, secretPrevious: undefined };
    const underV2 = seal(v2, "mail", "testo");
    expect(underV2.startsWith("v2.")).toBe(true);
    expect(unseal(v2, "mail", underV1)).toBe("testo");
    // Same secret, another version: another key, so a relabelled seal does not open.
    expect(() => unseal(v2, "mail", `v2${underV1.slice(2)}`)).toThrow(SealError);
  });

  it("refuse a tampered iv, tag or ciphertext", () => {
    const sealed = seal(v1, "mail", "segreto abbastanza lungo");
    for (const part of [1, 2, 3]) expect(() => unseal(v1, "mail", flip(sealed, part))).toThrow(SealError);
    // A shortened body or a missing part is refused too.
    expect(() => unseal(v1, "mail", sealed.slice(0, -2))).toThrow(SealError);
    expect(() => unseal(v1, "mail", sealed.split(".").slice(0, 3).join("."))).toThrow(SealError);
    expect(() => unseal(v1, "mail", "short")).toThrow(SealError);
  });

  it("refuse another purpose and another secret", () => {
    const sealed = seal(v1, "mail", "segreto");
    expect(() => unseal(v1, "signing-key", sealed)).toThrow(SealError);
    expect(() => unseal({ ...v1, secret: NEW }, "mail", sealed)).toThrow(SealError);
    expect(() => seal(v1, "Not:a purpose", "x")).toThrow(SealError);
  });

  it("open the format of before (job payloads queued before the upgrade), for the job purposes only", () => {
    // platform/sealed.ts's format: base64url(nonce | tag | ciphertext) under one key for all job data.
    const key = Buffer.from(hkdfSync("sha256", OLD, "bottega", "sealed job data", 32));
    const nonce = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, nonce);
    const body = Buffer.concat([cipher.update("vecchio", "utf8"), cipher.final()]);
    const legacy = Buffer.concat([nonce, cipher.getAuthTag(), body]).toString("base64url");
    expect(unseal(v1, "mail", legacy)).toBe("vecchio");
    expect(unseal(v1, "event", legacy)).toBe("vecchio");
    expect(() => unseal(v1, "signing-key", legacy)).toThrow(SealError);
    const raw = Buffer.from(legacy, "base64url");
    raw.writeUInt8(raw.readUInt8(raw.length - 1) ^ 1, raw.length - 1);
    expect(() => unseal(v1, "mail", raw.toString("base64url"))).toThrow(SealError);
  });
});
