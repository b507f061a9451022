// The news column's reads: the lists and one item, as a viewer may see them, and the queues of
// proposals. Proposing, deciding and editing are in news.workflow.ts.
import type { Actor, Caller } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { isUuid } from "../../../platform/ids.ts";
import {
  findItem,
  itemsInStates,
  itemsOfProposer,
  type NewsRow,
  publishedPage,
  publishedTags,
} from "./news.repo.ts";
import { can, seenBy } from "./policy.ts";
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

export const toItem = (r: NewsRow): NewsItem => ({
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

export const mayEdit = (caller: Caller | null, networkId: string) => can(caller, "edit", { networkId });

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
