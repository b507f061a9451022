// Moderation: coordinators (for their networks) and admins (for all) move a submitted practice to
// in review, published, changes requested or rejected, with a reason the submitter sees; they also
// close flags. Every decision is written to the practice's history and to identity's audit log in
// the same transaction, with the decision's event, whose handler mails the submitter once it has
// committed (events.handlers.ts). Publishing also links the organisation the submitter typed — to
// one of identity's, or to one registered for review — in that transaction (catalogue/organisation-link.ts).

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { conflict, forbidden, invalid, notFound } from "../../../platform/errors.ts";
import { emit } from "../../../platform/events.ts";
import {
  audit,
  createOrganisationForReview,
  normaliseName,
  type OrganisationMatch,
  organisationById,
  organisationSuggestions,
} from "../../identity/index.ts";
import { guessType, type OrganisationChoice, PRESELECT_SCORE } from "../catalogue/organisation-link.ts";
import { setPracticeOrganisations, updatePracticeRow } from "../catalogue/repo.ts";
import { loadPractice, type Practice } from "../catalogue/service.ts";
import { practiceRef } from "../events.ts";
import { mediaOf } from "../media/service.ts";
import { canReadPractice } from "../policy.ts";
import type { PracticeStatus } from "../tables.ts";
import { canModerate, queueScope } from "./policy.ts";
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
} from "./repo.ts";
import "../events.handlers.ts";

export const DECISIONS = ["review", "publish", "request-changes", "reject"] as const;
export type Decision = (typeof DECISIONS)[number];

/** The event of each decision; its handler mails the submitter (events.handlers.ts). */
type DecisionEvent =
  | "practices.review.opened"
  | "practices.practice.published"
  | "practices.practice.changes-requested"
  | "practices.practice.rejected";

const MOVES: Record<
  Decision,
  { from: PracticeStatus[]; to: PracticeStatus; event: DecisionEvent; reason: boolean }
> = {
  review: { from: ["submitted"], to: "in-review", event: "practices.review.opened", reason: false },
  publish: {
    from: ["submitted", "in-review"],
    to: "published",
    event: "practices.practice.published",
    reason: false,
  },
  "request-changes": {
    from: ["submitted", "in-review"],
    to: "changes-requested",
    event: "practices.practice.changes-requested",
    reason: true,
  },
  reject: {
    from: ["submitted", "in-review"],
    to: "rejected",
    event: "practices.practice.rejected",
    reason: true,
  },
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

/** What the moderation page offers for the organisation a report typed (null: nothing to link). */
export type OrganisationOffer = {
  typed: string;
  suggestions: OrganisationMatch[];
  /** The form's first choice: a suggestion alike enough, or registering the typed name. */
  preselect: string;
  /** A first guess at the type, if it is registered. */
  guessedType: string;
};

export async function moderationDetail(deps: Deps, actor: Actor, id: string) {
  const practice = await moderatedPractice(deps, actor, id);
  const [submission, events, media] = await Promise.all([
    findSubmission(deps.db, practice.id),
    eventsOf(deps.db, practice.id),
    mediaOf(deps, practice),
  ]);
  const typed = submission?.organisation_name?.trim();
  let organisation: OrganisationOffer | null = null;
  // Only while it can still be published, and not once an organisation is linked.
  if (typed && !practice.organisationIds.length && MOVES.publish.from.includes(practice.status)) {
    const suggestions = await organisationSuggestions(deps, typed, 5);
    const best = suggestions[0];
    organisation = {
      typed,
      suggestions,
      preselect: best && best.score >= PRESELECT_SCORE ? `org:${best.id}` : "new",
      guessedType: guessType(normaliseName(typed)),
    };
  }
  return { practice, submission: submission ?? null, events, organisation, media };
}

/** The organisation to link at publication, checked before the transaction (null: none). */
async function organisationToLink(
  deps: Deps,
  choice: OrganisationChoice | undefined,
  typed: string | null | undefined,
) {
  if (!choice || choice.kind === "none") return null;
  if (choice.kind === "link") {
    const org = await organisationById(deps, choice.organisationId).catch(() => null);
    if (!org) throw invalid([{ field: "organisation", message: "practices.errors.unknownOrganisation" }]);
    return { kind: "link" as const, id: org.id, type: org.type };
  }
  const name = typed?.trim();
  if (!name) throw invalid([{ field: "organisation", message: "practices.organisation.errors.choice" }]);
  return { kind: "create" as const, name, type: choice.type };
}

/** One moderation decision. A reason is required when asking for changes or rejecting. */
export async function decide(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { decision: Decision; reason: string | null; organisation?: OrganisationChoice },
): Promise<Practice> {
  const practice = await moderatedPractice(deps, actor, id);
  const move = MOVES[input.decision];
  const reason = input.reason?.trim() || null;
  if (move.reason && !reason)
    throw invalid([{ field: "reason", message: "practices.moderation.errors.reason" }]);
  if (reason && reason.length > 2000) throw invalid([{ field: "reason", message: "form.tooLong" }]);
  if (!move.from.includes(practice.status))
    throw conflict("The practice is no longer waiting for this decision.", "stale-status");
  const link =
    input.decision === "publish"
      ? await organisationToLink(
          deps,
          input.organisation,
          (await findSubmission(deps.db, practice.id))?.organisation_name,
        )
      : null;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await moveStatus(trx, practice.id, move.from, move.to, now)))
      throw conflict("The practice is no longer waiting for this decision.", "stale-status");
    let organisationId: string | null = null;
    if (link) {
      const org =
        link.kind === "link"
          ? link
          : await createOrganisationForReview(trx, actor, {
              name: link.name,
              type: link.type,
              country: practice.country,
              networkId: practice.networkId,
              source: { practiceId: practice.id },
              at: now,
            });
      organisationId = org.id;
      // First among the practice's organisations: the one the page and the citation name first.
      await setPracticeOrganisations(trx, practice.id, [
        org.id,
        ...practice.organisationIds.filter((o) => o !== org.id),
      ]);
      await updatePracticeRow(trx, practice.id, {
        org_types: [...new Set([org.type, ...practice.organisationTypes])],
      });
    }
    await insertEvent(trx, {
      practice_id: practice.id,
      actor_id: actor.id,
      action: input.decision,
      from_status: practice.status,
      to_status: move.to,
      reason,
      at: now,
    });
    // Any earlier edit link stops working; the mail's handler issues a new one with "changes requested".
    await updateSubmission(trx, practice.id, {
      reason: move.reason ? reason : null,
      edit_token_hash: null,
      edit_token_expires_at: null,
    });
    await audit(trx, {
      actorId: actor.id,
      action: `practice.${input.decision}`,
      networkId: practice.networkId,
      details: {
        name: practice.title,
        practiceId: practice.id,
        from: practice.status,
        to: move.to,
        reason,
        ...(link && organisationId ? { organisationId, organisationLink: link.kind } : {}),
      },
      at: now,
    });
    await emit(deps, trx, move.event, practiceRef(practice));
  });
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
