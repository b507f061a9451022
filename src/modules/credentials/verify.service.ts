// Verifying what someone brings (issue 18, item 5): the text of a credential file, at most 1 MB, as
// JSON, checked offline against this instance (verify.ts). The page and the API share it; each words
// the outcome its own way.
import type { Deps } from "../../platform/deps.ts";
import { isOwnIssuer, localDocuments } from "./issuers.service.ts";
import { type Verification, verifyCredential } from "./verify.ts";

/** The largest credential accepted: a real one is a few kilobytes; a megabyte leaves room for images. */
export const MAX_CREDENTIAL_BYTES = 1024 * 1024;

export type Checked =
  | { outcome: "too-large" }
  | { outcome: "not-json" }
  | { outcome: "checked"; result: Verification };

export async function checkCredentialText(deps: Deps, text: string): Promise<Checked> {
  if (Buffer.byteLength(text, "utf8") > MAX_CREDENTIAL_BYTES) return { outcome: "too-large" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { outcome: "not-json" };
  }
  return { outcome: "checked", result: await checkCredential(deps, parsed) };
}

/** An already parsed credential (the API's JSON body). */
export const checkCredential = (deps: Deps, parsed: unknown): Promise<Verification> =>
  verifyCredential(parsed, {
    local: localDocuments(deps),
    ownIssuer: isOwnIssuer(deps),
    now: deps.clock.now(),
  });
