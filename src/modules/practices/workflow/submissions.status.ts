// The reference of a report ("BTG-2026-4F7K") and the status page it opens. The reference is made
// when the report is sent and stored with its submission; the page opens with the reference and the
// submitter's address, or with the signed link the thank-you page and the mails carry
// (`reference.signature`, HMAC with the instance's secret: it cannot be guessed from the reference).
// Only the signed link also offers the edit page while changes are requested: knowing someone's
// address and reference is enough to see where their report stands, not to change it.
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import type { Db } from "../../../platform/db/database.ts";
import type { Deps } from "../../../platform/deps.ts";
import { loadPractice, type Practice } from "../catalogue/service.ts";
import { findSubmissionByReference, type SubmissionRow } from "./repo.ts";

export const REFERENCE_PREFIX = "BTG";
// No 0/O, 1/I/L, U: nothing to misread when it is read out on the phone or copied by hand.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE = /^BTG-\d{4}-[0-9A-Z]{4}$/;

/** A reference not taken yet (30⁴ = 810,000 a year; a taken one is drawn again). */
export async function newReference(db: Db, now: Date): Promise<string> {
  for (let i = 0; i < 20; i++) {
    let code = "";
    for (let j = 0; j < 4; j++) code += ALPHABET[randomInt(ALPHABET.length)];
    const ref = `${REFERENCE_PREFIX}-${now.getUTCFullYear()}-${code}`;
    if (!(await findSubmissionByReference(db, ref))) return ref;
  }
  throw new Error("No free report reference after 20 draws.");
}

/** "BTG-2026-4f7k " → "BTG-2026-4F7K": what a person types, as stored. */
export const normaliseReference = (v: string) => v.trim().toUpperCase().replace(/\s+/g, "");

const mac = (secret: string, ref: string) =>
  createHmac("sha256", secret).update(`practice-status:${ref}`).digest("base64url").slice(0, 22);

/** The signed token of a report's status page. */
export const statusToken = (deps: Pick<Deps, "config">, ref: string) =>
  `${ref}.${mac(deps.config.secret, ref)}`;

export const statusUrl = (deps: Pick<Deps, "config">, ref: string, absolute = true) =>
  `${absolute ? deps.config.baseUrl : ""}/practices/status?token=${encodeURIComponent(statusToken(deps, ref))}`;

/** The reference a status token signs, or null when it is not one. */
export function referenceOfToken(deps: Pick<Deps, "config">, token: string): string | null {
  const dot = token.indexOf(".");
  if (dot <= 0 || token.length > 100) return null;
  const ref = token.slice(0, dot);
  if (!REFERENCE.test(ref)) return null;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(deps.config.secret, ref));
  return given.length === expected.length && timingSafeEqual(given, expected) ? ref : null;
}

export type ReportStatus = { practice: Practice; submission: SubmissionRow; reference: string };

async function byReference(deps: Deps, ref: string): Promise<ReportStatus | null> {
  const submission = await findSubmissionByReference(deps.db, ref);
  if (!submission?.reference) return null;
  const practice = await loadPractice(deps, submission.practice_id).catch(() => null);
  return practice ? { practice, submission, reference: submission.reference } : null;
}

/** The report a signed status link names (null: not a valid link). */
export async function reportByToken(deps: Deps, token: string): Promise<ReportStatus | null> {
  const ref = referenceOfToken(deps, token);
  return ref ? byReference(deps, ref) : null;
}

/** The report with this reference and this submitter's address (null: no such pair). */
export async function reportByReference(
  deps: Deps,
  reference: string,
  email: string,
): Promise<ReportStatus | null> {
  const ref = normaliseReference(reference);
  if (!REFERENCE.test(ref)) return null;
  const found = await byReference(deps, ref);
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  return found && email && same(found.submission.submitter_email, email) ? found : null;
}
