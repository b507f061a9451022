// Who to tell about content waiting for moderation in a network (other modules' notifications, e.g.
// practices' reports): the network's coordinators, or the platform admins for content with no
// network or a network that has no coordinator yet (someone must hear of it).
import type { Db } from "../../platform/db/database.ts";
import { moderatorRows } from "./networks.repo.ts";

export type ModeratorContact = { id: string; email: string; name: string; language: string };

/** Takes the caller's `db` (an event handler's transaction, or deps.db). */
export async function moderatorContacts(db: Db, networkId: string | null): Promise<ModeratorContact[]> {
  const coordinators = networkId === null ? [] : await moderatorRows(db, networkId);
  return coordinators.length ? coordinators : moderatorRows(db, null);
}
