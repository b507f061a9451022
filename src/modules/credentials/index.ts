// Credentials: what other modules (and tests) may call. The signed credential is the product;
// issuance hangs on learning's completion events (credentials.jobs.ts), never on a call from learning.
import "./events.ts";
import "./messages.ts";

export { type Completion, issueCredentialFor } from "./issue.service.ts";
export type { Verification, VerifyErrorCode } from "./verify.ts";
