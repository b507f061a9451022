// The news column's verbs: reading (the lists and one item, as a viewer may see them), proposing and
// resubmitting (members), deciding on a proposal and writing directly (editors). Every state change
// runs under the item's row lock and checks the version the person saw (decision 0064): of two
// decisions at once the first wins and the second gets a 409. Each decision is audited and emits its
// event in the same transaction.
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
import {
  contentColumns,
  findItem,
  insertItem,
  itemsInStates,
  itemsOfProposer,
  lockItem,
  type NewsRow,
  publishedPage,
  publishedTags,
  updateItem,
} from "./news.repo.ts";
import { can, seenBy } from "./policy.ts";
import { DecisionInput as DecisionSchema, NewsInput as NewsSchema } from "./schema.ts";
import type { NewsKind, NewsStatus, NewsVisibility } from "./tables.ts";
import "./events.ts";

export type NewsItem = {
  id: string;
  networkId: string;
  kind: NewsKind;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  language: string;
  visibility: NewsVisibility;
  status: NewsStatus;
  proposerId: string | null;
  bylineName: string | null;
  bylineOrganisation: string | null;
  reviewNote: string | null;
  publishedAt: Date | null;
  /** The last edit after publishing ("updated on"). */
  editedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

const toItem = (r: NewsRow): NewsItem => ({
  id: r.id,
  networkId: r.network_id,
  kind: r.kind,
  title: r.title,
  summary: r.summary,
  body: r.body,
  tags: r.tags,
  language: r.language,
  visibility: r.visibility,
  status: r.status,
  proposerId: r.proposer_id,
  bylineName: r.byline_name,
  bylineOrganisation: r.byline_organisation,
  reviewNote: r.review_note,
  publishedAt: r.published_at,
  editedAt: r.edited_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export const NEWS_PAGE_SIZE = 10;

/** Proposals one person may send in an hour (tests set another through `deps.limits`). */
const PROPOSALS_PER_ACCOUNT: Limit = { max: 10, windowSeconds: 60 * 60 };

/** The item's page, by its network's slug and its id. */
export const newsItemPath = (networkSlug: string, id: string) => `/networks/${networkSlug}/news/${id}`;

export type NewsFilter = {
  networkId?: string;
  kind?: NewsKind;
  tag?: string;
  language?: string;
  page?: number;
  /** Items per page (the API's `limit`); the pages show ten. */
  limit?: number;
};

/** One page of the published items the viewer may see, newest first. */
export async function listNews(deps: Deps, actor: Actor | null, f: NewsFilter) {
  const page = Math.max(1, Math.floor(f.page ?? 1));
  const size = f.limit ?? NEWS_PAGE_SIZE;
  const { rows, total } = await publishedPage(deps.db, seenBy(actor), {
    ...f,
    limit: size,
    offset: (page - 1) * size,
  });
  return { items: rows.map(toItem), total, page, pages: Math.max(1, Math.ceil(total / size)) };
}

/** Tags of the published items the viewer may see, for the filter form. */
export const newsTags = (deps: Deps, actor: Actor | null, networkId?: string) =>
  publishedTags(deps.db, seenBy(actor), networkId);

/** Public items only, newest first: what feeds carry whoever asks. */
export async function publicNews(deps: Deps, networkId: string | undefined, limit = 50) {
  const { rows } = await publishedPage(deps.db, seenBy(null), { networkId, limit, offset: 0 });
  return rows.map(toItem);
}

const mayEdit = (caller: Caller | null, networkId: string) => can(caller, "edit", { networkId });

/**
 * One item of a network as the viewer may see it: a published one they may see; before publishing,
 * only its proposer and the network's editors. A withdrawn item is returned with its status (410).
 */
export async function getNewsItem(deps: Deps, actor: Actor | null, networkId: string, id: string) {
  if (!isUuid(id)) throw notFound();
  const row = await findItem(deps.db, id);
  if (!row || row.network_id !== networkId) throw notFound();
  const item = toItem(row);
  const seeable = can(actor, "see", item);
  if (item.status === "published" || item.status === "withdrawn") {
    if (!seeable) throw notFound();
    return item;
  }
  if (mayEdit(actor, networkId) || (actor && item.proposerId === actor.id)) return item;
  throw notFound();
}

/** One item by its id alone (the API), as `getNewsItem` would show it. */
export async function getNewsItemById(deps: Deps, actor: Actor | null, id: string) {
  if (!isUuid(id)) throw notFound();
  const row = await findItem(deps.db, id);
  if (!row) throw notFound();
  return getNewsItem(deps, actor, row.network_id, id);
}

/** What waits for the network's editors: proposals sent and not yet decided. */
export async function pendingProposals(deps: Deps, actor: Actor, networkId: string) {
  if (!mayEdit(actor, networkId)) throw forbidden();
  return (await itemsInStates(deps.db, networkId, ["pending"])).map(toItem);
}

/** The person's own proposals in the network and their state. */
export async function myProposals(deps: Deps, actor: Actor, networkId: string) {
  return (await itemsOfProposer(deps.db, networkId, actor.id)).map(toItem);
}

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
async function lockedAt(trx: Db, id: string, version: number): Promise<NewsItem> {
  const row = await lockItem(trx, id);
  if (!row) throw notFound();
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
    const item = await lockedAt(trx, id, d.version);
    if (item.networkId !== networkId) throw notFound();
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
      action: `publications.news-${d.decision === "publish" ? "published" : d.decision === "reject" ? "rejected" : "changes-requested"}`,
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
    const row = await lockItem(trx, id);
    if (!row || row.network_id !== networkId || row.proposer_id !== actor.id) throw notFound();
    const item = await lockedAt(trx, id, version);
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
    const item = await lockedAt(trx, id, version);
    if (item.networkId !== networkId) throw notFound();
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
    const item = await lockedAt(trx, id, input.version);
    if (item.networkId !== networkId) throw notFound();
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
