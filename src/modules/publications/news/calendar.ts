// What the editorial calendar (the communication issue) calls to publish to a network's column and
// to take an item down: `publishNewsItem`, idempotent on the calendar's `deliveryId` (a second call,
// or two at once, returns the first item), and `withdrawNewsItem`. Both as the network's editors
// (or SYSTEM, for the calendar's jobs), audited and emitting the column's events like the pages.
import { type Caller, SYSTEM } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { forbidden, notFound, parseOrInvalid } from "../../../platform/errors.ts";
import { emit } from "../../../platform/events.ts";
import { isUuid, newId } from "../../../platform/ids.ts";
import { audit, networkById } from "../../identity/index.ts";
import { contentColumns, findItem, findItemByDelivery, insertItemOnce } from "./news.repo.ts";
import { newsItemPath } from "./news.service.ts";
import { withdrawNews } from "./news.workflow.ts";
import { can } from "./policy.ts";
import { NewsInput } from "./schema.ts";

export type CalendarNewsInput = {
  networkId: string;
  deliveryId: string;
  title: string;
  summary: string;
  body: string;
  language: string;
  visibility: string;
  tags: string[];
};

/** Publishes a news item in the network's column for a calendar delivery; `{ id, url }` of the item. */
export async function publishNewsItem(
  deps: Deps,
  actor: Caller,
  input: CalendarNewsInput,
): Promise<{ id: string; url: string }> {
  const network = await networkById(deps, input.networkId);
  if (!can(actor, "edit", { networkId: network.id })) throw forbidden();
  const url = (id: string) => `${deps.config.baseUrl}${newsItemPath(network.slug, id)}`;
  const existing = await findItemByDelivery(deps.db, input.deliveryId);
  if (existing) return { id: existing.id, url: url(existing.id) };
  const { networkId: _n, deliveryId, ...fields } = input;
  const d = parseOrInvalid(NewsInput, { ...fields, kind: "news" });
  const now = deps.clock.now();
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    const inserted = await insertItemOnce(trx, {
      id,
      network_id: network.id,
      ...contentColumns(d),
      status: "published",
      proposer_id: actor === SYSTEM ? null : actor.id,
      byline_name: actor === SYSTEM ? null : actor.name,
      byline_organisation: network.name,
      review_note: null,
      published_at: now,
      published_by: actor === SYSTEM ? null : actor.id,
      delivery_id: deliveryId,
      created_at: now,
      updated_at: now,
    });
    if (!inserted) return; // the same delivery, published at the same moment by another call
    await audit(trx, {
      actorId: actor === SYSTEM ? null : actor.id,
      action: "publications.news-published",
      networkId: network.id,
      subjectId: id,
      details: { title: d.title, deliveryId },
      at: now,
    });
    await emit(deps, trx, "publications.news.published", {
      itemId: id,
      networkId: network.id,
      kind: d.kind,
      language: d.language,
      visibility: d.visibility,
      url: url(id),
    });
  });
  const row = (await findItemByDelivery(deps.db, deliveryId))!;
  return { id: row.id, url: url(row.id) };
}

/** Withdraws an item the calendar published (already withdrawn: nothing to do). */
export async function withdrawNewsItem(deps: Deps, actor: Caller, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound();
  const row = await findItem(deps.db, id);
  if (!row) throw notFound();
  if (row.status === "withdrawn") return;
  await withdrawNews(deps, actor, row.network_id, id, {
    reason: "Withdrawn from the editorial calendar.",
    version: row.version,
  });
}
