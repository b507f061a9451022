// Anti-spam for the public forms and the public API, without a third-party CAPTCHA: rate limits per
// IP and per address, and on the files and bytes one IP uploads without an account (kept in the
// database by src/platform/rate-limit.ts, so they hold across processes), a minimum time between
// opening the form and sending it (the start time travels signed with the form's state), and a
// honeypot field people are told to leave empty.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Deps } from "../../../platform/deps.ts";
import { rateLimited } from "../../../platform/errors.ts";
import { hitLimit, type Limit } from "../../../platform/rate-limit.ts";

export type WorkflowLimits = {
  submissionsPerIp: Limit;
  submissionsPerEmail: Limit;
  commentsPerAccount: Limit;
  flagsPerIp: Limit;
  /** Status page look-ups by reference and address (guessing either is slowed down). */
  statusLookupsPerIp: Limit;
  /** Files uploaded without an account (the report form, the mailed edit link): each one a hit. */
  uploadsPerIp: Limit;
  /** Bytes uploaded without an account: each file weighs its size. */
  uploadBytesPerIp: Limit;
};

export const WORKFLOW_LIMITS: WorkflowLimits = {
  submissionsPerIp: { max: 10, windowSeconds: 60 * 60 },
  submissionsPerEmail: { max: 5, windowSeconds: 24 * 60 * 60 },
  commentsPerAccount: { max: 20, windowSeconds: 60 * 60 },
  flagsPerIp: { max: 20, windowSeconds: 60 * 60 },
  statusLookupsPerIp: { max: 30, windowSeconds: 60 * 60 },
  // Uploads are stored (and photos processed) before the report is sent, so the submissions limit
  // does not bound them. Ten reports an hour (the limit above) with four files each, about half of
  // them the largest a form takes (a 5 MB photo, a 10 MB document): room for an office behind one
  // address, not for filling the disk.
  uploadsPerIp: { max: 40, windowSeconds: 60 * 60 },
  uploadBytesPerIp: { max: 200 * 1024 * 1024, windowSeconds: 60 * 60 },
};

/** Seconds a person needs at least between opening "Report a project" and sending it. */
export const MIN_FILL_SECONDS = 5;

/** The name of the honeypot field: humans leave it empty (its label says so), form-filling bots do not. */
export const HONEYPOT = "homepage";

/**
 * The limits in force: the defaults above, unless the application was started with others (tests
 * relax them through createTestRuntime's `limits`, the same way as the platform's own limits).
 */
export function workflowLimits(deps: Deps): WorkflowLimits {
  const out = { ...WORKFLOW_LIMITS };
  for (const k of Object.keys(out) as (keyof WorkflowLimits)[]) out[k] = deps.limits[k] ?? out[k];
  return out;
}

/** Counts one hit (or `weight`); over the limit, a 429 with Retry-After. */
export async function spend(deps: Deps, name: keyof WorkflowLimits, who: string, weight = 1): Promise<void> {
  const r = await hitLimit(deps, `practices:${name}:${who}`, workflowLimits(deps)[name], weight);
  if (!r.allowed) throw rateLimited(r.retryAfterSeconds);
}

/**
 * Counts one anonymous upload of `bytes` from `ip`, before it is read or stored; over either limit, a
 * 429 with Retry-After (the file is then refused, not stored). Files refused later (wrong type, too
 * large) still count: their bytes were sent all the same.
 */
export async function spendUpload(deps: Deps, ip: string, bytes: number): Promise<void> {
  await spend(deps, "uploadsPerIp", ip);
  await spend(deps, "uploadBytesPerIp", ip, Math.max(1, bytes));
}

const mac = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`practice-form:${payload}`).digest("base64url");

/** Signs a JSON-able value into a string a form can carry in a hidden field. */
export function sign(secret: string, value: unknown): string {
  const payload = Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${payload}.${mac(secret, payload)}`;
}

/** The value of a string made by `sign`, or null if it was changed or is not one. */
export function unsign<T>(secret: string, signed: string): T | null {
  const dot = signed.lastIndexOf(".");
  if (dot <= 0) return null;
  const payload = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(mac(secret, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as T;
  } catch {
    return null;
  }
}
