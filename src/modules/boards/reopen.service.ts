// Reopening a closed session: its facilitators may, within the window after closing (policy.ts
// `reopenable`), take it back to the discussion — to record an outcome the room forgot, or undo a
// close by mistake. It is a board event like any phase change (`phase.changed` from `closed` to
// `discuss`, so every open page and live client follows), audited in identity's log and emitted as
// `boards.session.reopened` in the same transaction. Discussion, not the phase it was closed from:
// closing revealed every note and vote, and no phase before the discussion can hide them again.
// What was promoted from it stays as it is; closing again dates the summary anew.
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import { audit } from "../identity/index.ts";
import { accessSession } from "./boards.service.ts";
import { type CommandResult, run } from "./command-runner.ts";
import { can, reopenable } from "./policy.ts";

/**
 * Reopens the session for this facilitator: `not-closed` when it is open, `reopen-too-late` after the
 * window; 404 for anyone who may not reopen it (as for promoting, they need not know the action).
 */
export async function reopenSession(deps: Deps, actor: Actor, sessionId: string): Promise<CommandResult> {
  const access = await accessSession(deps, { actor }, sessionId);
  const me = access.participant;
  if (!me || !can(me, "reopen")) throw notFound();
  return run(deps, sessionId, me.id, (state, now, row) => {
    if (state.phase !== "closed") return { ok: false, reason: "not-closed" };
    if (!reopenable(row.closed_at, now)) return { ok: false, reason: "reopen-too-late" };
    return {
      ok: true,
      events: [
        {
          type: "phase.changed",
          audience: "all",
          subjectId: null,
          data: { phase: "discuss", from: "closed" },
        },
      ],
      before: (trx) =>
        audit(trx, {
          actorId: actor.id,
          action: "board.session-reopened",
          networkId: row.network_id,
          details: { sessionId: row.id, title: row.title, closedAt: row.closed_at?.toISOString() ?? null },
          at: now,
        }),
    };
  });
}
