// Flags: anyone (signed in or not) may point moderators at a published practice or one of its
// comments, with a reason; counted per IP so flags cannot flood the queue. Moderators close them
// from the queue (workflow/moderation.service.ts resolveFlag).

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { invalid, notFound } from "../../../platform/errors.ts";
import { spend } from "../workflow/limits.ts";
import { findComment, insertFlag } from "../workflow/repo.ts";
import type { Practice } from "./service.ts";

export const FLAG_REASON_MAX = 1000;

/** The visible comment of the practice a flag may point at (404 for a hidden or foreign one). */
export async function flaggableComment(deps: Deps, practice: Practice, commentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(commentId)) throw notFound();
  const c = await findComment(deps.db, commentId);
  if (!c || c.practice_id !== practice.id || c.hidden_at) throw notFound();
  return c;
}

export async function flag(
  deps: Deps,
  actor: Actor | null,
  practice: Practice,
  input: { commentId: string | null; reason: string; ip: string },
): Promise<string> {
  const reason = input.reason.replace(/\r\n/g, "\n").trim();
  if (!reason) throw invalid([{ field: "reason", message: "form.required" }]);
  if (reason.length > FLAG_REASON_MAX) throw invalid([{ field: "reason", message: "form.tooLong" }]);
  if (input.commentId) await flaggableComment(deps, practice, input.commentId);
  await spend(deps, "flagsPerIp", input.ip);
  return insertFlag(deps.db, {
    practiceId: practice.id,
    commentId: input.commentId,
    reporterId: actor?.id ?? null,
    reason,
    now: deps.clock.now(),
  });
}
