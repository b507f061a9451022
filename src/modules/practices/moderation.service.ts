// Moderation: coordinators (for their networks) and admins (for all) move a submitted practice to
// in review, published, changes requested or rejected, with a reason the submitter sees; they also
// close flags. Every decision is written to the practice's history and to identity's audit log in
// the same transaction, then the submitter is mailed.
import { conflict, forbidden, invalid, notFound } from "../../platform/errors.ts";
import type { Deps } from "../../platform/http/context.ts";
import { type Actor, audit } from "../identity/index.ts";
import { canReadPractice } from "./policy.ts";
import { loadPractice, type Practice } from "./practices.service.ts";
import type { PracticeStatus } from "./tables.ts";
import { type MailKind, mailSubmitter } from "./workflow.mails.ts";
import { canModerate, queueScope } from "./workflow.policy.ts";
import {
  eventsOf,
  findComment,
  findFlag,
  findSubmission,
  hideComment,
  insertEvent,
  moveStatus,
  openFlagRows,
  queueRows,
  resolveFlags,
  updateSubmission,
} from "./workflow.repo.ts";

export const DECISIONS = ["review", "publish", "request-changes", "reject"] as const;
export type Decision = (typeof DECISIONS)[number];

const MOVES: Record<
  Decision,
  { from: PracticeStatus[]; to: PracticeStatus; mail: MailKind; reason: boolean }
> = {
  review: { from: ["submitted"], to: "in-review", mail: "inReview", reason: false },
  publish: { from: ["submitted", "in-review"], to: "published", mail: "published", reason: false },
  "request-changes": {
    from: ["submitted", "in-review"],
    to: "changes-requested",
    mail: "changesRequested",
    reason: true,
  },
  reject: { from: ["submitted", "in-review"], to: "rejected", mail: "rejected", reason: true },
};

/** The decisions open for a practice in its current status. */
export const decisionsFor = (status: PracticeStatus): Decision[] =>
  DECISIONS.filter((d) => MOVES[d].from.includes(status));

/** The practice, if the actor moderates it: 404 when they may not even see it, 403 when they may. */
export async function moderatedPractice(deps: Deps, actor: Actor, id: string): Promise<Practice> {
  const p = await loadPractice(deps, id).catch(() => null);
  if (!p) throw notFound();
  if (!canModerate(actor, p.networkId)) throw canReadPractice(actor, p) ? forbidden() : notFound();
  return p;
}

export async function moderationQueue(deps: Deps, actor: Actor) {
  const scope = queueScope(actor);
  const [waiting, withSubmitter, flags] = await Promise.all([
    queueRows(deps.db, scope, ["submitted", "in-review"]),
    queueRows(deps.db, scope, ["changes-requested"]),
    openFlagRows(deps.db, scope),
  ]);
  return { waiting, withSubmitter, flags };
}

export async function moderationDetail(deps: Deps, actor: Actor, id: string) {
  const practice = await moderatedPractice(deps, actor, id);
  const [submission, events] = await Promise.all([
    findSubmission(deps.db, practice.id),
    eventsOf(deps.db, practice.id),
  ]);
  return { practice, submission: submission ?? null, events };
}

/** One moderation decision. A reason is required when asking for changes or rejecting. */
export async function decide(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { decision: Decision; reason: string | null },
): Promise<Practice> {
  const practice = await moderatedPractice(deps, actor, id);
  const move = MOVES[input.decision];
  const reason = input.reason?.trim() || null;
  if (move.reason && !reason)
    throw invalid([{ field: "reason", message: "practices.moderation.errors.reason" }]);
  if (reason && reason.length > 2000) throw invalid([{ field: "reason", message: "form.tooLong" }]);
  if (!move.from.includes(practice.status))
    throw conflict("The practice is no longer waiting for this decision.", "stale-status");
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await moveStatus(trx, practice.id, move.from, move.to, now)))
      throw conflict("The practice is no longer waiting for this decision.", "stale-status");
    await insertEvent(trx, {
      practice_id: practice.id,
      actor_id: actor.id,
      action: input.decision,
      from_status: practice.status,
      to_status: move.to,
      reason,
      at: now,
    });
    // Any earlier edit link stops working; the mail job issues a new one with "changes requested".
    await updateSubmission(trx, practice.id, {
      reason: move.reason ? reason : null,
      edit_token_hash: null,
      edit_token_expires_at: null,
    });
    await audit(trx, {
      actorId: actor.id,
      action: `practice.${input.decision}`,
      networkId: practice.networkId,
      details: { name: practice.title, practiceId: practice.id, from: practice.status, to: move.to, reason },
      at: now,
    });
  });
  await mailSubmitter(deps, practice.id, move.mail);
  return loadPractice(deps, practice.id);
}

export const FLAG_ACTIONS = ["dismiss", "hide-comment", "unpublish"] as const;
export type FlagAction = (typeof FLAG_ACTIONS)[number];

/**
 * Closes a flag: dismissed (nothing wrong), the flagged comment hidden, or the flagged practice taken
 * back into review (out of the catalogue until a moderator publishes it again).
 */
export async function resolveFlag(
  deps: Deps,
  actor: Actor,
  flagId: string,
  action: FlagAction,
): Promise<void> {
  const flag = await findFlag(deps.db, flagId);
  if (!flag) throw notFound();
  const practice = await moderatedPractice(deps, actor, flag.practice_id);
  if (flag.status !== "open") throw conflict("The flag is already closed.", "stale-status");
  if (action === "hide-comment" && !flag.comment_id)
    throw invalid([{ field: "action", message: "form.invalidChoice" }]);
  if (action === "unpublish" && (flag.comment_id || practice.status !== "published"))
    throw invalid([{ field: "action", message: "form.invalidChoice" }]);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await resolveFlags(trx, flag, action === "dismiss" ? "dismissed" : "upheld", actor.id, now)))
      throw conflict("The flag is already closed.", "stale-status");
    if (action === "hide-comment" && flag.comment_id) {
      const comment = await findComment(trx, flag.comment_id);
      if (comment && !comment.hidden_at) await hideComment(trx, comment.id, actor.id, now);
    }
    if (action === "unpublish") {
      if (!(await moveStatus(trx, practice.id, ["published"], "in-review", now)))
        throw conflict("The practice is no longer published.", "stale-status");
      await insertEvent(trx, {
        practice_id: practice.id,
        actor_id: actor.id,
        action: "unpublished",
        from_status: "published",
        to_status: "in-review",
        reason: flag.reason,
        at: now,
      });
    }
    await audit(trx, {
      actorId: actor.id,
      action: `practice.flag-${action}`,
      networkId: practice.networkId,
      details: { name: practice.title, practiceId: practice.id, flagId: flag.id, commentId: flag.comment_id },
      at: now,
    });
  });
}
