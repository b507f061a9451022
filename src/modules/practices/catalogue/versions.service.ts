// Coordinators edit a published practice's texts (issue 14, item 7; decision 0034). Each edit is a
// version — author, time, reason, the texts after it — saved with its audit entry and its
// `practices.practice.updated` event in one transaction, and only if nobody saved another version
// since the editor opened the form: otherwise a PracticeEditConflict carries what is saved now, so the
// page shows both texts and nothing typed is lost (as the labs' meeting minutes do). Images and
// attachments have their own verbs (media/service.ts); organisations, themes and visibility are not
// texts and are not edited here.

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, forbidden, invalid, notFound, parseOrInvalid } from "../../../platform/errors.ts";
import { emit } from "../../../platform/events.ts";
import { accountContact, audit } from "../../identity/index.ts";
import { practiceRef } from "../events.ts";
import { canReadPractice } from "../policy.ts";
import { PracticeInput } from "../schema.ts";
import { canModerate } from "../workflow/policy.ts";
import { inputOf, loadPractice, type Practice, practiceRow } from "./service.ts";
import { changesBetween, type FieldChange, type Texts } from "./versions.diff.ts";
import { insertVersion, saveIfVersion, versionsOf } from "./versions.repo.ts";
import { EDITABLE_FIELDS, type EditableField } from "./versions.schema.ts";
import "../events.handlers.ts";

/** The editable texts of a practice (or of a validated record). */
export function textsOf(p: Pick<Practice, EditableField>): Texts {
  return Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, p[f] ?? null]));
}

/** A save refused because another version was saved since the form was opened (409). */
export class PracticeEditConflict extends AppError {
  constructor(readonly current: { texts: Texts; version: number; published: boolean }) {
    super(409, "stale-version", "The practice was changed by someone else since you opened it.");
  }
}

/** The practice, if the actor edits its texts (who moderates it): 404 if they may not see it, 403 if they may. */
async function moderated(deps: Deps, actor: Actor, slug: string): Promise<Practice> {
  const p = await loadPractice(deps, slug).catch(() => null);
  if (!p) throw notFound();
  if (!canModerate(actor, p.networkId)) throw canReadPractice(actor, p) ? forbidden() : notFound();
  return p;
}

/** A published practice whose texts the actor may edit (404 for one that is not published). */
export async function editablePractice(deps: Deps, actor: Actor, slug: string): Promise<Practice> {
  const p = await moderated(deps, actor, slug);
  if (p.status !== "published") throw notFound();
  return p;
}

export type PracticeEdit = {
  texts: { [K in EditableField]: Practice[K] };
  reason: string;
  /** The version the editor started from (the form's hidden field). */
  baseVersion: number;
};

/** Saves an edit as the next version. Returns the practice as saved. */
export async function editPublished(
  deps: Deps,
  actor: Actor,
  practice: Practice,
  edit: PracticeEdit,
): Promise<Practice> {
  if (!canModerate(actor, practice.networkId)) throw forbidden();
  const reason = edit.reason.trim();
  if (!reason) throw invalid([{ field: "reason", message: "practices.versions.errors.reason" }]);
  if (reason.length > 500) throw invalid([{ field: "reason", message: "form.tooLong" }]);
  const texts = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, edit.texts[f] ?? null]));
  const merged = parseOrInvalid(PracticeInput, { ...inputOf(practice), ...texts });
  const after = textsOf(merged as Pick<Practice, EditableField>);
  const before = textsOf(practice);
  const changed = changesBetween(EDITABLE_FIELDS, before, after).map((c) => c.field);
  if (!changed.length && edit.baseVersion === practice.version)
    throw invalid([{ field: "changes", message: "practices.versions.errors.unchanged" }]);
  const now = deps.clock.now();
  const row = practiceRow(merged, {
    id: practice.id,
    slug: practice.slug,
    status: practice.status,
    orgTypes: practice.organisationTypes,
    createdBy: practice.createdBy,
    now,
  });
  const version = edit.baseVersion + 1;
  const saved = await deps.db.transaction().execute(async (trx) => {
    // Version 1 is the text as published, written by the first edit (kept if it exists already).
    await insertVersion(trx, {
      practiceId: practice.id,
      version: practice.version,
      texts: before,
      authorId: null,
      reason: null,
      at: practice.version === 1 ? (practice.publishedAt ?? practice.updatedAt) : practice.updatedAt,
    });
    const ok = await saveIfVersion(trx, practice.id, edit.baseVersion, {
      title: row.title,
      summary: row.summary,
      place: row.place,
      start_year: row.start_year,
      end_year: row.end_year,
      problem: row.problem,
      solution: row.solution,
      resources: row.resources,
      results: row.results,
      transferability: row.transferability,
      lessons: row.lessons,
      website: row.website,
      contact: row.contact,
      updated_at: now,
    });
    if (!ok) return false;
    await insertVersion(trx, {
      practiceId: practice.id,
      version,
      texts: after,
      authorId: actor.id,
      reason,
      at: now,
    });
    await audit(trx, {
      actorId: actor.id,
      action: "practice.edit",
      networkId: practice.networkId,
      details: { name: merged.title, practiceId: practice.id, version, reason, fields: changed },
      at: now,
    });
    await emit(deps, trx, "practices.practice.updated", { ...practiceRef(practice), version });
    return true;
  });
  if (!saved) {
    const current = await loadPractice(deps, practice.id);
    throw new PracticeEditConflict({
      texts: textsOf(current),
      version: current.version,
      published: current.status === "published",
    });
  }
  return loadPractice(deps, practice.id);
}

export type VersionEntry = {
  version: number;
  at: Date;
  /** Null for the text as published, or when the author's account is gone. */
  authorName: string | null;
  reason: string | null;
  /** What this version changed from the one before (none for the first). */
  changes: FieldChange[];
};

/** A practice's versions, newest first, each with what it changed; for who edits it. */
export async function practiceHistory(
  deps: Deps,
  actor: Actor,
  slug: string,
): Promise<{ practice: Practice; versions: VersionEntry[] }> {
  const practice = await moderated(deps, actor, slug);
  const rows = await versionsOf(deps.db, practice.id);
  const names = new Map<string, string | null>();
  for (const id of new Set(rows.flatMap((r) => (r.author_id ? [r.author_id] : []))))
    names.set(id, (await accountContact(deps, id))?.name ?? null);
  const versions: VersionEntry[] = rows.map((r, i) => ({
    version: r.version,
    at: r.created_at,
    authorName: r.author_id ? (names.get(r.author_id) ?? null) : null,
    reason: r.reason,
    changes: i === 0 ? [] : changesBetween(EDITABLE_FIELDS, rows[i - 1]!.texts, r.texts),
  }));
  // Never edited: the one version there is, as published, without a row yet.
  if (!versions.length)
    versions.push({
      version: practice.version,
      at: practice.publishedAt ?? practice.updatedAt,
      authorName: null,
      reason: null,
      changes: [],
    });
  return { practice, versions: versions.reverse() };
}
