// Members' comments on a published practice: written by signed-in people with a confirmed address
// who can see the practice, counted against a per-account limit, stored as plain text (never
// rendered as HTML). Moderators hide a comment through a flag (workflow/moderation.service.ts).

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { invalid, notFound } from "../../../platform/errors.ts";
import { newId } from "../../../platform/ids.ts";
import { accountContact } from "../../identity/index.ts";
import { canReadPractice } from "../policy.ts";
import { spend } from "../workflow/limits.ts";
import { canComment } from "../workflow/policy.ts";
import { insertComment, visibleComments } from "../workflow/repo.ts";
import { loadPractice, type Practice } from "./service.ts";

export const COMMENT_MAX = 5000;

export type PracticeComment = { id: string; body: string; authorName: string; createdAt: Date };

/** A published practice the actor may see (404 otherwise): what comments and flags attach to. */
export async function publishedPractice(
  deps: Deps,
  actor: Actor | null,
  slugOrId: string,
): Promise<Practice> {
  const p = await loadPractice(deps, slugOrId).catch(() => null);
  if (!p) throw notFound();
  if (p.status !== "published" || !canReadPractice(actor, p)) throw notFound();
  return p;
}

export async function listComments(deps: Deps, practiceId: string): Promise<PracticeComment[]> {
  const rows = await visibleComments(deps.db, practiceId);
  const names = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.author_id).filter((v): v is string => Boolean(v)))) {
    names.set(id, (await accountContact(deps, id))?.name ?? "");
  }
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    authorName: (r.author_id && names.get(r.author_id)) || "—",
    createdAt: r.created_at,
  }));
}

/** Adds a comment; the caller has checked `canComment` (a page sends others to sign in). */
export async function addComment(
  deps: Deps,
  actor: Actor,
  practice: Practice,
  rawBody: string,
): Promise<string> {
  if (!canComment(actor)) throw notFound();
  const body = rawBody.replace(/\r\n/g, "\n").trim();
  if (!body) throw invalid([{ field: "body", message: "form.required" }]);
  if (body.length > COMMENT_MAX) throw invalid([{ field: "body", message: "form.tooLong" }]);
  await spend(deps, "commentsPerAccount", actor.id);
  const id = newId();
  await insertComment(deps.db, {
    id,
    practiceId: practice.id,
    authorId: actor.id,
    body,
    now: deps.clock.now(),
  });
  return id;
}
