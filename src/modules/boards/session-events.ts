// Which board events are also domain events (events.ts): a phase change to "closed" is the session
// closing, one from "closed" its reopening. Asked by the command runner inside the command's
// transaction, so the domain event commits with the board's events and changes or not at all.
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { emit } from "../../platform/events.ts";
import type { SessionRow } from "./boards.repo.ts";
import { sessionRef } from "./events.ts";
import type { Draft } from "./rules.ts";

export async function emitSessionEvents(deps: Deps, trx: Db, row: SessionRow, events: readonly Draft[]) {
  for (const e of events) {
    if (e.type !== "phase.changed") continue;
    if (e.data.phase === "closed") await emit(deps, trx, "boards.session.closed", sessionRef(row));
    else if (e.data.from === "closed") await emit(deps, trx, "boards.session.reopened", sessionRef(row));
  }
}
