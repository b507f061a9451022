// "Report a project": a person (signed in or not) sends a practice for moderation. Signed-in people
// keep a draft practice while they fill the steps; anonymous people carry the steps in the signed
// form state (workflow/limits.ts). A submission stores the practice as `submitted` and the
// submitter's meta (name, address, consents), and mails a receipt. When a moderator asks for
// changes, the mailed signed link lets the submitter edit and send again without an account.

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, conflict, notFound } from "../../../platform/errors.ts";
import { emit } from "../../../platform/events.ts";
import { hashToken, isUuid } from "../../../platform/ids.ts";
import { createPractice, loadPractice, type Practice, updatePractice } from "../catalogue/service.ts";
import { practiceRef } from "../events.ts";
import { bindPending } from "../media/pending.ts";
import { spend } from "./limits.ts";
import {
  deletePractice,
  draftsOf,
  findSubmission,
  findSubmissionByFormId,
  findSubmissionByTokenHash,
  insertEvent,
  moveStatus,
  reportsOf,
  type SubmissionRow,
  updateSubmission,
  upsertSubmission,
} from "./repo.ts";
import type { EditData, SubmissionData } from "./submissions.schema.ts";
import { newReference, referenceOfToken, reportByToken } from "./submissions.status.ts";
import "../events.handlers.ts";

/** The catalogue record of a report (the submitter's name and address are not part of it). */
export function practiceInputOf(d: Omit<EditData, "organisation"> & { organisation?: string | null }) {
  return {
    title: d.title,
    summary: d.summary,
    place: d.place,
    country: d.country,
    startYear: d.startYear,
    endYear: d.endYear,
    problem: d.problem,
    solution: d.solution,
    resources: d.resources,
    results: d.results,
    transferability: d.transferability,
    lessons: d.lessons,
    contact: d.contact,
    website: d.website,
    themes: d.themes,
    language: d.language,
    networkId: d.networkId,
    visibility: "public" as const,
  };
}

type Lang = "it" | "en";

/** A signed-in person's draft (404 for anyone else, or once it is no longer a draft). */
export async function ownDraft(deps: Deps, actor: Actor, id: string): Promise<Practice> {
  const p = await loadPractice(deps, id).catch(() => null);
  if (!p || p.createdBy !== actor.id || p.status !== "draft") throw notFound();
  return p;
}

export const myDrafts = (deps: Deps, actor: Actor) => draftsOf(deps.db, actor.id);

export async function draftMeta(deps: Deps, practiceId: string) {
  return (await findSubmission(deps.db, practiceId)) ?? null;
}

/** Creates or updates a signed-in person's draft with the steps filled so far. Returns its id. */
export async function saveDraft(
  deps: Deps,
  actor: Actor,
  draftId: string | null,
  d: Partial<EditData> & Pick<EditData, "title" | "summary" | "country" | "language">,
  lang: Lang,
): Promise<string> {
  const input = Object.fromEntries(
    Object.entries(practiceInputOf(d as EditData)).filter(([, v]) => v !== undefined),
  );
  let id = draftId;
  if (id) {
    await ownDraft(deps, actor, id);
    await updatePractice(deps, id, input);
  } else {
    id = (
      await createPractice(deps, { visibility: "public", ...input }, { createdBy: actor.id, status: "draft" })
    ).id;
  }
  await upsertSubmission(deps.db, {
    practice_id: id,
    submitter_name: actor.name,
    submitter_email: actor.email,
    submitter_account_id: actor.id,
    submitter_language: lang,
    organisation_name: d.organisation ?? null,
  });
  return id;
}

/**
 * Sends a report for moderation: counted against the per-IP and per-address limits, stored as
 * `submitted` with its meta and history in one go, then a receipt is mailed.
 */
export async function submitPractice(
  deps: Deps,
  actor: Actor | null,
  d: SubmissionData,
  opts: {
    ip: string;
    lang: Lang;
    draftId?: string | null;
    uploads?: readonly string[];
    /** The filled form's id: sending it again finds this report (`sentWithForm`). */
    formId?: string;
  },
): Promise<Practice & { reference: string }> {
  await spend(deps, "submissionsPerIp", opts.ip);
  await spend(deps, "submissionsPerEmail", d.email.toLowerCase());
  const input = practiceInputOf(d);
  let id: string;
  if (opts.draftId && actor) {
    await ownDraft(deps, actor, opts.draftId);
    await updatePractice(deps, opts.draftId, input);
    id = opts.draftId;
  } else {
    // Stored as a draft first (visible to no one but moderators and its author), moved to
    // `submitted` with its meta below; if that fails, the draft is removed again.
    id = (await createPractice(deps, input, { createdBy: actor?.id ?? null, status: "draft" })).id;
  }
  const now = deps.clock.now();
  let reference = "";
  try {
    await deps.db.transaction().execute(async (trx) => {
      if (!(await moveStatus(trx, id, ["draft"], "submitted", now))) throw conflict("Already sent.");
      reference = (await findSubmission(trx, id))?.reference ?? (await newReference(trx, now));
      // The files uploaded with the form become the practice's, with the report or not at all.
      await bindPending(trx, id, opts.uploads, actor?.id ?? null, now);
      await upsertSubmission(trx, {
        practice_id: id,
        submitter_name: d.name,
        submitter_email: d.email,
        submitter_account_id: actor?.id ?? null,
        submitter_language: opts.lang,
        organisation_name: d.organisation,
        consent_publication_at: now,
        consent_contact_at: now,
        submitted_at: now,
        reason: null,
        reference,
        form_id: opts.formId ?? null,
      });
      await insertEvent(trx, {
        practice_id: id,
        actor_id: actor?.id ?? null,
        action: "submitted",
        from_status: "draft",
        to_status: "submitted",
        reason: null,
        at: now,
      });
      await emit(deps, trx, "practices.practice.submitted", {
        practiceId: id,
        networkId: input.networkId ?? null,
        visibility: input.visibility,
      });
    });
  } catch (err) {
    if (!opts.draftId) await removeOrphan(deps, id);
    throw err;
  }
  return { ...(await loadPractice(deps, id)), reference };
}

/** The reference of the report a form already sent (a second click on "Send"), if any. */
export async function sentWithForm(deps: Deps, formId: string | undefined): Promise<string | null> {
  if (!formId || !isUuid(formId)) return null;
  return (await findSubmissionByFormId(deps.db, formId))?.reference ?? null;
}

async function removeOrphan(deps: Deps, id: string) {
  await deletePractice(deps.db, id).catch(() => undefined);
}

export type EditLink =
  | { ok: true; practice: Practice; submission: SubmissionRow }
  | { ok: false; problem: "invalid" | "expired" };

/**
 * What the mailed edit link opens: the practice waiting for changes, if the link is still good. The
 * status page's signed link opens it too, as long as changes are requested (workflow/submissions.status.ts).
 */
export async function checkEditLink(deps: Deps, token: string): Promise<EditLink> {
  if (!token || token.length > 200) return { ok: false, problem: "invalid" };
  if (referenceOfToken(deps, token)) {
    const r = await reportByToken(deps, token);
    if (r?.practice.status !== "changes-requested") return { ok: false, problem: "invalid" };
    return { ok: true, practice: r.practice, submission: r.submission };
  }
  const s = await findSubmissionByTokenHash(deps.db, hashToken(token));
  if (!s) return { ok: false, problem: "invalid" };
  if (!s.edit_token_expires_at || s.edit_token_expires_at.getTime() <= deps.clock.now().getTime())
    return { ok: false, problem: "expired" };
  const practice = await loadPractice(deps, s.practice_id);
  if (practice.status !== "changes-requested") return { ok: false, problem: "invalid" };
  return { ok: true, practice, submission: s };
}

/** The submitter's changes through the signed link: saved, sent again for moderation, link spent. */
export async function resubmitWithLink(deps: Deps, token: string, d: EditData): Promise<Practice> {
  const link = await checkEditLink(deps, token);
  if (!link.ok) throw new AppError(400, "invalid-link", "The link is not valid.");
  return resubmit(deps, link.practice, link.submission, d);
}

/** A signed-in submitter's own report waiting for their changes (404 for anyone else). */
export async function ownReportForChanges(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<{ practice: Practice; submission: SubmissionRow }> {
  const practice = isUuid(id) ? await loadPractice(deps, id).catch(() => null) : null;
  const submission = practice ? await findSubmission(deps.db, practice.id) : undefined;
  if (!practice || !submission || submission.submitter_account_id !== actor.id) throw notFound();
  if (practice.status !== "changes-requested") throw notFound();
  return { practice, submission };
}

export async function resubmitOwn(deps: Deps, actor: Actor, id: string, d: EditData): Promise<Practice> {
  const { practice, submission } = await ownReportForChanges(deps, actor, id);
  return resubmit(deps, practice, submission, d);
}

/**
 * The submitter's changes: saved, sent again for moderation, the mailed link spent, a receipt mailed.
 * The contact and the organisation come with the changes: the edit page shows both, so what the
 * submitter leaves there is what they gave.
 */
async function resubmit(
  deps: Deps,
  practice: Practice,
  submission: SubmissionRow,
  d: EditData,
): Promise<Practice> {
  const input = practiceInputOf(d);
  const saved = await updatePractice(deps, practice.id, input);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await moveStatus(trx, practice.id, ["changes-requested"], "submitted", now)))
      throw conflict("Already sent.");
    await updateSubmission(trx, practice.id, {
      edit_token_hash: null,
      edit_token_expires_at: null,
      organisation_name: d.organisation,
      submitted_at: now,
    });
    await insertEvent(trx, {
      practice_id: practice.id,
      actor_id: submission.submitter_account_id,
      action: "resubmitted",
      from_status: "changes-requested",
      to_status: "submitted",
      reason: null,
      at: now,
    });
    await emit(deps, trx, "practices.practice.resubmitted", practiceRef(saved));
  });
  return loadPractice(deps, practice.id);
}

/** A signed-in person's reports (sent, in review, waiting for changes, published, rejected). */
export const myReports = (deps: Deps, actor: Actor) => reportsOf(deps.db, actor.id);
