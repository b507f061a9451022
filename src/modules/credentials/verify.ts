// Verification (issue 18, item 5): offline, against this instance's issuers, keys and status lists
// only. `@digitalbazaar/vc` checks the proof (eddsa-rdfc-2022, JSON-LD safe mode), the issuer's
// control of the key, the validity dates and fetches the status list through our loader — and it
// answers `verified: true` for a REVOKED credential (the bit is only in `statusResult`): the answer
// here reads the bit itself, and `verified` is false when revoked, expired or not yet valid.
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import { documentLoader, type LocalDocuments, NotShippedError, shippedContexts } from "./loader.ts";

/** Why a credential is not valid, as a code the pages and the API put into words. */
export const VERIFY_ERRORS = [
  "not-credential",
  "unknown-context",
  "other-issuer",
  "cryptosuite",
  "bad-proof",
  "not-yet-valid",
  "expired",
  "revoked",
  "status-unavailable",
] as const;
export type VerifyErrorCode = (typeof VERIFY_ERRORS)[number];

export type Verification = {
  verified: boolean;
  revoked: boolean;
  expired: boolean;
  /** The issuer the credential names, when it names one. */
  issuer: { id: string; name: string | null } | null;
  errors: { code: VerifyErrorCode; detail?: string }[];
};

/** Whether an issuer URL is one of this instance's (only those can be verified here). */
export type OwnIssuer = (issuerId: string) => Promise<boolean>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function issuerOf(doc: Record<string, unknown>): Verification["issuer"] {
  const i = doc.issuer;
  if (typeof i === "string") return { id: i, name: null };
  if (isObject(i) && typeof i.id === "string")
    return { id: i.id, name: typeof i.name === "string" ? i.name : null };
  return null;
}

const date = (v: unknown): Date | null => {
  if (typeof v !== "string") return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
};

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

// The library reports a failure as an error, sometimes wrapped (a status list that would not load,
// an aggregate of the proof's errors): the innermost cause says what went wrong.
function causes(e: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (x: unknown, depth: number) => {
    if (!x || depth > 5) return;
    out.push(x);
    if (x instanceof Error) {
      walk((x as Error & { cause?: unknown }).cause, depth + 1);
      for (const inner of (x as Error & { errors?: unknown[] }).errors ?? []) walk(inner, depth + 1);
      walk((x as Error & { details?: { cause?: unknown } }).details?.cause, depth + 1);
    }
  };
  walk(e, 0);
  return out;
}

function codeOfFailure(e: unknown): { code: VerifyErrorCode; detail: string } {
  const all = causes(e);
  const notShipped = all.find((x) => x instanceof NotShippedError);
  if (notShipped) return { code: "unknown-context", detail: (notShipped as NotShippedError).url };
  const detail = all.map(messageOf).join(" ← ");
  if (/safe mode|not defined|undefined term|relative/i.test(detail))
    return { code: "not-credential", detail };
  return { code: "bad-proof", detail };
}

/**
 * Verifies `input` (parsed JSON of unknown shape) at `now`. Never throws for bad input: whatever
 * is wrong comes back in `errors`, and `verified` is true only for an untouched, unrevoked credential
 * of this instance's own issuers, within its dates.
 */
export async function verifyCredential(
  input: unknown,
  o: { local: LocalDocuments; ownIssuer: OwnIssuer; now: Date },
): Promise<Verification> {
  const answer: Verification = { verified: false, revoked: false, expired: false, issuer: null, errors: [] };
  if (!isObject(input) || !asList(input.type).includes("VerifiableCredential") || !isObject(input.proof)) {
    answer.errors.push({ code: "not-credential" });
    return answer;
  }
  answer.issuer = issuerOf(input);
  const shipped = new Set(shippedContexts());
  const unknown = asList(input["@context"]).find((c) => typeof c !== "string" || !shipped.has(c));
  if (unknown !== undefined || !asList(input["@context"]).length) {
    answer.errors.push({
      code: "unknown-context",
      detail: typeof unknown === "string" ? unknown : "an inline context",
    });
    return answer;
  }
  if (!answer.issuer || !(await o.ownIssuer(answer.issuer.id))) {
    // Another issuer's credential may be perfectly valid: we cannot tell without fetching its keys,
    // and fetching is what this verification never does.
    answer.errors.push({ code: "other-issuer" });
    return answer;
  }
  for (const proof of asList(input.proof))
    if (!isObject(proof) || proof.type !== "DataIntegrityProof" || proof.cryptosuite !== "eddsa-rdfc-2022") {
      answer.errors.push({
        code: "cryptosuite",
        detail: isObject(proof) ? String(proof.cryptosuite ?? proof.type) : undefined,
      });
      return answer;
    }

  // The dates are ours to word: the library is asked at a moment inside the validity window, so its
  // answer is about the proof and the status alone.
  const from = date(input.validFrom);
  const until = date(input.validUntil);
  let at = o.now;
  if (from && from > o.now) {
    answer.errors.push({ code: "not-yet-valid" });
    at = from;
  }
  if (until && until < o.now) {
    answer.expired = true;
    answer.errors.push({ code: "expired" });
    at = until;
  }

  const loader = documentLoader(o.local);
  const suite = new DataIntegrityProof({ cryptosuite });
  const result = await vc.verifyCredential({
    credential: input,
    suite,
    documentLoader: loader,
    now: at,
    checkStatus: (opts: Record<string, unknown>) =>
      checkStatus({ ...opts, suite, documentLoader: loader, verifyMatchingIssuers: true }),
  });
  const proofOk = result.verified || (Boolean(result.statusResult) && !result.error);
  if (!proofOk) {
    answer.errors.push(codeOfFailure(result.error ?? result.results?.[0]?.error));
    return answer;
  }
  const status = result.statusResult;
  if (!status?.verified) {
    answer.errors.push({ code: "status-unavailable", detail: messageOf(status?.error ?? "no status") });
    return answer;
  }
  // The trap: the library's `verified` stays true here. The bit is the revocation.
  answer.revoked = status.results?.[0]?.status === true;
  if (answer.revoked) answer.errors.push({ code: "revoked" });
  answer.verified = answer.errors.length === 0;
  return answer;
}
