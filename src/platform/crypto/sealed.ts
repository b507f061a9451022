// Sealed secrets (decision 0024): what must wait at rest — a mail with a one-time link in the job
// table, a signing key's private half — is kept encrypted and authenticated (AES-256-GCM) under a key
// derived from the instance's SECRET for one purpose and one version:
//   key = HKDF-SHA256(SECRET of version n, salt "", info "bottega:<purpose>:v<n>")
// and stored as `v<n>.<iv>.<tag>.<ciphertext>` (base64url parts). A copy of the database alone gives
// nothing away; a seal made for one purpose does not open as another; an altered seal does not open.
// Rotation: new seals use SECRET_VERSION; a seal of the previous version opens with SECRET_PREVIOUS
// (or with SECRET itself when only the version was raised), so nothing sealed before is lost.
import { createCipheriv, createDecipheriv, hkdfSync } from "node:crypto";
import type { Config } from "../config.ts";
import { randomPooled } from "../ids.ts";

/** The configuration sealing reads: the current secret and version, and the previous secret. */
export type SealKeys = Pick<Config, "secret" | "secretVersion" | "secretPrevious">;

/** Thrown for anything that does not open: malformed, unknown version, altered, other purpose or secret. */
export class SealError extends Error {
  override name = "SealError";
}

const PURPOSE = /^[a-z0-9][a-z0-9.-]*$/;
const FORMAT = /^v([1-9]\d{0,3})\.([\w-]{16})\.([\w-]{22})\.([\w-]*)$/;

const derived = new Map<string, Buffer>();

function keyFor(secret: string, purpose: string, version: number): Buffer {
  const info = `bottega:${purpose}:v${version}`;
  const cacheKey = `${info}\u0000${secret}`;
  let key = derived.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), info, 32));
    derived.set(cacheKey, key);
  }
  return key;
}

/** The secret that version `n` was sealed under, if this configuration still knows it. */
function secretOf(keys: SealKeys, n: number): string | undefined {
  if (n === keys.secretVersion) return keys.secret;
  if (n === keys.secretVersion - 1 && keys.secretPrevious) return keys.secretPrevious;
  // Only the version was raised (no new SECRET): older versions derive from the same secret.
  if (n < keys.secretVersion && !keys.secretPrevious) return keys.secret;
  return undefined;
}

function checkPurpose(purpose: string): void {
  if (!PURPOSE.test(purpose)) throw new SealError(`not a sealing purpose: ${purpose}`);
}

/** `text` sealed for `purpose` under the current version. Two seals of one text differ. */
export function seal(keys: SealKeys, purpose: string, text: string): string {
  checkPurpose(purpose);
  const version = keys.secretVersion;
  const iv = randomPooled(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(keys.secret, purpose, version), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  const b64 = (b: Buffer) => b.toString("base64url");
  return `v${version}.${b64(iv)}.${b64(cipher.getAuthTag())}.${b64(body)}`;
}

/** The text sealed for `purpose`; throws SealError when it does not open. */
export function unseal(keys: SealKeys, purpose: string, sealed: string): string {
  checkPurpose(purpose);
  const parts = FORMAT.exec(sealed);
  if (!parts) {
    if (LEGACY_PURPOSES.has(purpose) && LEGACY_FORMAT.test(sealed)) return openLegacy(keys.secret, sealed);
    throw new SealError("not a sealed value");
  }
  const version = Number(parts[1]);
  const secret = secretOf(keys, version);
  if (!secret) throw new SealError(`sealed under version ${version}, whose secret is not configured`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret, purpose, version), b64(parts[2]!));
    decipher.setAuthTag(b64(parts[3]!));
    return Buffer.concat([decipher.update(b64(parts[4]!)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealError("the sealed value does not open (altered, or sealed for another purpose or secret)");
  }
}

/** The version a sealed value was made under (to find what to re-seal after a rotation). */
export function sealVersion(sealed: string): number | undefined {
  const parts = FORMAT.exec(sealed);
  return parts ? Number(parts[1]) : undefined;
}

const b64 = (s: string) => Buffer.from(s, "base64url");

// Before this module, platform/sealed.ts sealed job data as base64url(nonce | tag | ciphertext) under
// one key for everything (HKDF(SECRET, salt "bottega", info "sealed job data")). Such values live only
// in job payloads (queued mails, event payloads), never in a table of ours; a job queued before an
// upgrade and run after it must still open, so the two purposes they moved to accept the old form
// too. Once no job from before the upgrade can be left (pg-boss keeps a failing job for its retries,
// some minutes), this fallback can go.
export const LEGACY_PURPOSES: ReadonlySet<string> = new Set(["mail", "event"]);
const LEGACY_FORMAT = /^[\w-]{38,}$/;

function openLegacy(secret: string, sealed: string): string {
  const raw = b64(sealed);
  if (raw.length < 28) throw new SealError("not a sealed value");
  try {
    const key = Buffer.from(hkdfSync("sha256", secret, "bottega", "sealed job data", 32));
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealError("the sealed value does not open (altered, or sealed under another secret)");
  }
}
