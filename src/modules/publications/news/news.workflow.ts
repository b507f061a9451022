// The news column's changes: proposing and resubmitting (members), deciding on a proposal, editing
// and withdrawing (editors). Every state change runs under the item's row lock and checks the version
// the person saw (decision 0064): of two decisions at once the first wins and the second gets a 409.
// Each decision is audited and emits its event in the same transaction.
import { type Actor, type Caller, SYSTEM } from "../../../platform/auth/index.ts";
import type { Db } from "../../../platform/db/database.ts";
import type { Deps } from "../../../platform/deps.ts";
import {
  conflict,
  forbidden,
  invalid,
  notFound,
  parseOrInvalid,
  rateLimited,
} from "../../../platform/errors.ts";
import { emit } from "../../../platform/events.ts";
import { isUuid, newId } from "../../../platform/ids.ts";
import { hitLimit, type Limit } from "../../../platform/rate-limit.ts";
import { audit, networkById, organisationById } from "../../identity/index.ts";
import type { NewsEventPayload } from "./events.ts";
import { contentColumns, findItem, insertItem, lockItem, updateItem } from "./news.repo.ts";
import { mayEdit, type NewsItem, newsItemPath, toItem } from "./news.service.ts";
import { can } from "./policy.ts";
import { DecisionInput as DecisionSchema, NewsInput as NewsSchema } from "./schema.ts";
import type { NewsStatus } from "./tables.ts";
import "./events.ts";

/** Proposals one person may send in an hour (tests set another through `deps.limits`). */
const PROPOSALS_PER_ACCOUNT: Limit = { max: 10, windowSeconds: 60 * 60 };

/** The public facts of an event (the network read before the transaction: on the embedded database a read on another connection would wait for it). */
function eventPayload(deps: Deps, networkSlug: string, item: NewsItem): NewsEventPayload {
  return {
    itemId: item.id,
    networkId: item.networkId,
    kind: item.kind,
    language: item.language,
    visibility: item.visibility,
    url: `${deps.config.baseUrl}${newsItemPath(networkSlug, item.id)}`,
  };
}

/** The organisation a byline names: the person's first organisation that belongs to the network. */
async function bylineOrganisation(deps: Deps, actor: Actor, networkId: string): Promise<string | null> {
  const org = actor.organisations.find((o) => o.networkIds.includes(networkId));
  if (!org) return null;
  return (await organisationById(deps, org.id).catch(() => null))?.name ?? null;
}

/**
 * A member proposes an item to the network's column: it waits for an editor as "pending". Editors
 * may instead publish at once (`publish`) or keep a draft. Rate-limited per person, before anything
 * is checked or stored.
 */
export async function proposeNews(
  deps: Deps,
  actor: Actor,
  networkId: string,
  input: unknown,
  o: { publish?: boolean } = {},
): Promise<NewsItem> {
  const network = await networkById(deps, networkId);
  if (!can(actor, "propose", { networkId })) throw forbidden();
  const limit = deps.limits.newsProposalsPerAccount ?? PROPOSALS_PER_ACCOUNT;
  const hit = await hitLimit(deps, `publications:proposals:${actor.id}`, limit);
  if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds, "publications.news.rateLimited");
  const d = parseOrInvalid(NewsSchema, input, "form");
  const direct = Boolean(o.publish) && mayEdit(actor, networkId);
  const now = deps.clock.now();
  const id = newId();
  const organisation = await bylineOrganisation(deps, actor, networkId);
  await deps.db.transaction().execute(async (trx) => {
    await insertItem(trx, {
      id,
      network_id: networkId,
      ...contentColumns(d),
      status: direct ? "published" : "pending",
      proposer_id: actor.id,
      byline_name: actor.name,
      byline_organisation: organisation,
      review_note: null,
      published_at: direct ? now : null,
      published_by: direct ? actor.id : null,
      created_at: now,
      updated_at: now,
    });
    const item = toItem((await findItem(trx, id))!);
    await audit(trx, {
      actorId: actor.id,
      action: direct ? "publications.news-published" : "publications.news-proposed",
      networkId,
      subjectId: id,
      details: { title: d.title },
      at: now,
    });
    if (direct) await emit(deps, trx, "publications.news.published", eventPayload(deps, network.slug, item));
    else await emit(deps, trx, "publications.news.proposed", { itemId: id, networkId, proposerId: actor.id });
  });
  return toItem((await findItem(deps.db, id))!);
}

/** The row under lock at the version the person saw, or a 409 (someone changed it meanwhile). */
/**
 * The item locked for the transaction, when it is `mine` (else 404, before any version check, so a
 * stale form never tells that someone else's item exists) and at `version` (else 409).
 */
async function lockedAt(
  trx: Db,
  id: string,
  version: number,
  mine: (item: NewsItem) => boolean,
): Promise<NewsItem> {
  const row = await lockItem(trx, id);
  if (!row || !mine(toItem(row))) throw notFound();
  if (row.version !== version) throw conflict("publications.news.conflict", "stale-version");
  return toItem(row);
}

/**
 * An editor's decision on a pending proposal: publish, request changes (with a note) or reject (with
 * a reason). Two at once: the second finds the version moved on and gets a 409.
 */
export async function decideOnProposal(
  deps: Deps,
  actor: Caller,
  networkId: string,
  id: string,
  input: unknown,
): Promise<NewsItem> {
  if (!isUuid(id)) throw notFound();
  const d = parseOrInvalid(DecisionSchema, input, "form");
  if (!mayEdit(actor, networkId)) throw forbidden();
  const network = await networkById(deps, networkId);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const item = await lockedAt(trx, id, d.version, (i) => i.networkId === networkId);
    if (item.status !== "pending") throw conflict("publications.news.conflict", "not-pending");
    const status: NewsStatus =
      d.decision === "publish" ? "published" : d.decision === "reject" ? "rejected" : "changes-requested";
    await updateItem(trx, id, {
      status,
      review_note: d.decision === "publish" ? null : d.note,
      published_at: d.decision === "publish" ? now : null,
      published_by: d.decision === "publish" && actor !== SYSTEM ? actor.id : null,
      updated_at: now,
      version: item.version + 1,
    });
    await audit(trx, {
      actorId: actor === SYSTEM ? null : actor.id,
      action: `publications.news-${status}`,
      networkId,
      subjectId: id,
      details: { title: item.title, note: d.note || undefined },
      at: now,
    });
    const published = { ...item, status, publishedAt: now };
    if (d.decision === "publish")
      await emit(deps, trx, "publications.news.published", eventPayload(deps, network.slug, published));
    else if (item.proposerId)
      await emit(deps, trx, "publications.news.reviewed", {
        itemId: id,
        networkId,
        proposerId: item.proposerId,
        decision: d.decision,
      });
  });
  return toItem((await findItem(deps.db, id))!);
}

/**
 * The proposer edits a proposal an editor sent back and sends it again: pending once more, at the
 * version they edited (a stale form: 409). Someone else's proposal is a 404.
 */
export async function resubmitProposal(
  deps: Deps,
  actor: Actor,
  networkId: string,
  id: string,
  version: number,
  input: unknown,
): Promise<NewsItem> {
  if (!isUuid(id)) throw notFound();
  const d = parseOrInvalid(NewsSchema, input, "form");
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const item = await lockedAt(
      trx,
      id,
      version,
      (i) => i.networkId === networkId && i.proposerId === actor.id,
    );
    if (item.status !== "changes-requested") throw conflict("publications.news.conflict", "not-editable");
    await updateItem(trx, id, {
      ...contentColumns(d),
      status: "pending",
      updated_at: now,
      version: item.version + 1,
    });
    await audit(trx, {
      actorId: actor.id,
      action: "publications.news-resubmitted",
      networkId,
      subjectId: id,
      details: { title: d.title },
      at: now,
    });
    await emit(deps, trx, "publications.news.proposed", { itemId: id, networkId, proposerId: actor.id });
  });
  return toItem((await findItem(deps.db, id))!);
}

/**
 * An editor edits a published item: the page then says "updated on", feeds carry the new `updated`
 * (the entry's id stays), and `publications.news.updated` is emitted. A stale form: 409.
 */
export async function editPublished(
  deps: Deps,
  actor: Actor,
  networkId: string,
  id: string,
  version: number,
  input: unknown,
): Promise<NewsItem> {
  if (!isUuid(id)) throw notFound();
  if (!mayEdit(actor, networkId)) throw notFound();
  const d = parseOrInvalid(NewsSchema, input, "form");
  const network = await networkById(deps, networkId);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const item = await lockedAt(trx, id, version, (i) => i.networkId === networkId);
    if (item.status !== "published") throw conflict("publications.news.conflict", "not-published");
    await updateItem(trx, id, {
      ...contentColumns(d),
      edited_at: now,
      updated_at: now,
      version: item.version + 1,
    });
    await audit(trx, {
      actorId: actor.id,
      action: "publications.news-updated",
      networkId,
      subjectId: id,
      details: { title: d.title },
      at: now,
    });
    const updated = { ...item, ...d, editedAt: now, updatedAt: now };
    await emit(deps, trx, "publications.news.updated", eventPayload(deps, network.slug, updated));
  });
  return toItem((await findItem(deps.db, id))!);
}

/**
 * An editor withdraws a published item, with a reason (kept, audited): its page answers 410, it
 * leaves lists and feeds, and `publications.news.withdrawn` is emitted.
 */
export async function withdrawNews(
  deps: Deps,
  actor: Caller,
  networkId: string,
  id: string,
  input: { reason: string; version: number },
): Promise<void> {
  if (!isUuid(id)) throw notFound();
  if (!mayEdit(actor, networkId)) throw notFound();
  const reason = input.reason.trim();
  if (!reason) throw invalid([{ field: "reason", message: "publications.news.errors.reasonRequired" }]);
  if (reason.length > 2000) throw invalid([{ field: "reason", message: "publications.news.errors.tooLong" }]);
  const network = await networkById(deps, networkId);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const item = await lockedAt(trx, id, input.version, (i) => i.networkId === networkId);
    if (item.status !== "published") throw conflict("publications.news.conflict", "not-published");
    await updateItem(trx, id, {
      status: "withdrawn",
      review_note: reason,
      updated_at: now,
      version: item.version + 1,
    });
    await audit(trx, {
      actorId: actor === SYSTEM ? null : actor.id,
      action: "publications.news-withdrawn",
      networkId,
      subjectId: id,
      details: { title: item.title, reason },
      at: now,
    });
    await emit(deps, trx, "publications.news.withdrawn", eventPayload(deps, network.slug, item));
  });
}
