// The consent of the people filmed in a video, for any module that publishes one (first used by labs'
// materials): who consented, who recorded it and when. Pure logic and types; where the record is
// stored is the module's business (labs keeps it on the material's row).

/** Names and roles of the people who consented, as typed: bounded so a page can show it whole. */
export const CONSENT_BY_MAX_CHARS = 500;

export type ConsentRecord = {
  /** Who consented (the people filmed), as the uploader wrote it. */
  by: string;
  /** The account that recorded the consent (null for demo data, imports and deleted accounts). */
  recordedBy: string | null;
  recordedAt: Date;
};

/** The form's consent fields: the box saying everyone filmed agreed, and who they are. */
export type ConsentInput = { consent?: boolean; consentBy?: string };

export type ConsentProblem =
  | { field: "consent"; problem: "required" }
  | { field: "consentBy"; problem: "required" | "tooLong" };

/** Who consented (trimmed) and what is wrong with the input, in the form's order (empty when fine). */
export function checkConsent(input: ConsentInput): { by: string; problems: ConsentProblem[] } {
  const problems: ConsentProblem[] = [];
  if (!input.consent) problems.push({ field: "consent", problem: "required" });
  const by = (input.consentBy ?? "").trim();
  if (!by) problems.push({ field: "consentBy", problem: "required" });
  else if (by.length > CONSENT_BY_MAX_CHARS) problems.push({ field: "consentBy", problem: "tooLong" });
  return { by, problems };
}

/** The record to keep once the input is valid: recorded by `recordedBy` at `at`. */
export const recordConsent = (by: string, recordedBy: string | null, at: Date): ConsentRecord => ({
  by,
  recordedBy,
  recordedAt: at,
});
