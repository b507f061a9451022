// Templates shared in a network: a session's facilitators save its columns (title and prompt each)
// and its settings (anonymity, private collect, hidden votes, guests, note length, votes, timer)
// under a name; whoever may create sessions in that network then finds the template in the
// "new session" form, beside the built-in ones. The person who saved a template, a coordinator of
// the network or a platform admin may delete it. A session made from one copies its columns, so
// deleting a template never changes the sessions made from it.

import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { invalid, notFound } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { refuseInNetwork } from "../identity/index.ts";
import { columnsOf as sessionColumns } from "./boards.repo.ts";
import type { Access } from "./boards.service.ts";
import { can } from "./policy.ts";
import {
  deleteTemplate,
  insertTemplate,
  type SavedTemplate,
  templateById,
  templateNameTaken,
  templatesOfNetwork,
} from "./templates.repo.ts";

export type { SavedTemplate };

const duplicate = () => invalid([{ field: "name", message: "boards.templates.duplicate" }]);

/**
 * Saves the session's columns as a template of its network. A name the network already uses (in
 * any case) is refused on the form, as the unique index would refuse a concurrent twin.
 */
export async function saveTemplate(
  deps: Deps,
  actor: Actor,
  access: Access,
  name: string,
): Promise<SavedTemplate> {
  if (!can(access.participant, "save-template")) throw notFound();
  const networkId = access.session.network_id;
  if (await templateNameTaken(deps.db, networkId, name)) throw duplicate();
  const columns = (await sessionColumns(deps.db, access.session.id)).map((c) => ({
    title: c.title,
    prompt: c.prompt,
  }));
  const s = access.session;
  const tpl: SavedTemplate = {
    id: newId(),
    networkId,
    name,
    columns,
    // As the session is now (anonymity may have been switched on before the first note).
    settings: {
      privateCollect: s.private_collect,
      anonymous: s.anonymous,
      hideVotes: s.hide_votes,
      guestsAllowed: s.guests_allowed,
      maxNoteLength: s.max_note_length,
      voteBudget: s.vote_budget,
      groupCap: s.group_cap,
      timerMinutes: s.timer_minutes,
    },
    createdBy: actor.id,
    createdByName: actor.name,
    createdAt: deps.clock.now(),
  };
  try {
    await insertTemplate(deps.db, tpl);
  } catch (err) {
    if ((err as { code?: unknown }).code === "23505") throw duplicate();
    throw err;
  }
  return tpl;
}

export const networkTemplates = (deps: Deps, networkId: string) => templatesOfNetwork(deps.db, networkId);

/**
 * Deletes a template of `networkId`: 404 when it is not one of that network's; when not allowed,
 * 403 for the network's members and 404 for anyone else (who may not know it exists).
 */
export async function removeTemplate(deps: Deps, actor: Actor, networkId: string, id: string) {
  const tpl = await templateById(deps.db, id);
  if (!tpl || tpl.networkId !== networkId) throw notFound();
  if (!can(actor, "delete-template", tpl)) throw refuseInNetwork(actor, networkId);
  await deleteTemplate(deps.db, id);
  return tpl;
}
