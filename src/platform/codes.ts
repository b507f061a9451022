// Short codes people read and type, for any module: a check-in code said at the door (8 characters,
// shown as ABCD-2345) and a certificate's verification code (12 characters, xxxx-xxxx-xxxx); first
// used by conferences. Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or retyped
// is not misread.
import { randomInt } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function random(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

export const newCheckInCode = (): string => random(8);
export const newCertificateCode = (): string =>
  random(12)
    .toLowerCase()
    .replace(/(.{4})(?=.)/g, "$1-");

/** What a person typed, as stored: upper case, no spaces or dashes, O→0, I/L→1. */
export function normaliseCheckInCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

export const showCheckInCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** A verification code as stored, or null when it cannot be one. */
export function normaliseCertificateCode(input: string): string | null {
  const raw = normaliseCheckInCode(input).toLowerCase();
  if (!/^[0-9a-hjkmnp-tv-z]{12}$/.test(raw)) return null;
  return raw.replace(/(.{4})(?=.)/g, "$1-");
}
