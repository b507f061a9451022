// Writes of the boards module. The network's session (guests allowed) was made by a coordinator
// who is none of these roles; the guest joined it by its code. Network members see it and may join
// it; only its participants act on it (the guest, and the roles after "join"); the join code lets
// anyone in. Creating sessions is for the network's coordinators and facilitators, and admins.
// Signed out, every /boards/:id page sends to sign-in first (303), whatever the session; a guest's
// /live ticket answers the script with problem details instead.
import { accessSession, saveTemplate } from "../../src/modules/boards/index.ts";
import { buildSessionIn } from "../helpers/boards.ts";
import type { MatrixWorld, Statuses, WriteRow } from "../helpers/matrix.ts";
import { unique } from "./unique.ts";

//                                         anon admin coord facil comm   pa  memb oCoor oMemb guest labP
const SEEN: Statuses = /*                */ [303, 303, 303, 303, 303, 303, 303, 404, 404, 303, 404];

export async function boardWrites(w: MatrixWorld): Promise<WriteRow[]> {
  const t = w.t;
  const closed = await buildSessionIn(t, w.f.netId!, { title: "Sessione chiusa della matrice" });
  await t.deps.pool.query("update board_sessions set phase = 'closed', closed_at = now() where id = $1", [
    closed.id,
  ]);
  const session = {
    title: "Sessione nuova",
    template: "issues-solutions-practices",
    columns: "",
    lab: "",
    meeting: "",
    guestsAllowed: "on",
    maxNoteLength: "280",
    voteBudget: "5",
    groupCap: "3",
  };
  //                                                     anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  return [
    {
      route: "POST /networks/:slug/boards",
      send: (f) => ({ path: `/networks/${f.netSlug}/boards`, form: session }),
      expect: [303, 303, 303, 303, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      // Before joining, only the guest is a participant: refusals are the board again (422).
      route: "POST /boards/:id/commands",
      on: "before the roles join",
      send: (f) => ({ path: `/boards/${f.boardId}/commands`, form: { command: "ready", ready: "true" } }),
      expect: [303, 422, 422, 422, 422, 422, 422, 404, 404, 303, 404],
    },
    {
      route: "POST /boards/:id/join",
      send: (f) => ({ path: `/boards/${f.boardId}/join`, form: {} }),
      expect: SEEN,
    },
    {
      route: "POST /boards/:id/commands",
      on: "after the roles joined",
      send: (f) => ({ path: `/boards/${f.boardId}/commands`, form: { command: "ready", ready: "true" } }),
      // The guest said "ready" in the row before: saying it again is refused as unchanged (422).
      expect: [303, 303, 303, 303, 303, 303, 303, 404, 404, 422, 404],
    },
    {
      // Reopening is for the session's facilitators with an account: the co-facilitators admins and
      // the network's coordinators and facilitators became by joining; the session is open, so they
      // are refused on the page (422, "already open"). Other participants: 404.
      route: "POST /boards/:id/reopen",
      send: (f) => ({ path: `/boards/${f.boardId}/reopen`, form: {} }),
      expect: [303, 422, 422, 422, 404, 404, 404, 404, 404, 303, 404],
    },
    {
      // A ticket for /live is for guests; people with an account use their session.
      route: "POST /boards/:id/live-ticket",
      send: (f) => ({ path: `/boards/${f.boardId}/live-ticket`, form: {} }),
      expect: [404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404],
    },
    {
      // Saving a session as a template: its facilitators, and the co-facilitators it got when
      // admins and the network's coordinators and facilitators joined it (the row before last).
      // Other participants are refused with a 404 (not 403), though they see the session.
      route: "POST /boards/:id/templates",
      send: (f) => ({ path: `/boards/${f.boardId}/templates`, form: { name: `Modello ${f.uniq}` } }),
      fresh: async () => ({ uniq: unique() }),
      expect: [303, 303, 303, 303, 404, 404, 404, 404, 404, 303, 404],
    },
    {
      // Deleting a saved template: whoever saved it, the network's coordinators, admins.
      route: "POST /networks/:slug/boards/templates/:id/delete",
      send: (f) => ({ path: `/networks/${f.netSlug}/boards/templates/${f.templateId}/delete`, form: {} }),
      fresh: async (t, f) => {
        const access = await accessSession(t.deps, { actor: w.keeper.actor }, f.boardId!);
        return { templateId: (await saveTemplate(t.deps, w.keeper.actor, access, `Modello ${unique()}`)).id };
      },
      expect: [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      // Promoting an outcome of the closed session: its facilitators (none of these roles).
      route: "POST /boards/:id/promote",
      send: () => ({
        path: `/boards/${closed.id}/promote`,
        form: { source: `group:${closed.id}`, target: "practice", title: "Dal tavolo" },
      }),
      expect: [303, 403, 403, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      // The join code lets anyone in: people with an account join as themselves, others as guests.
      route: "POST /boards/join/:code",
      send: (f) => ({ path: `/boards/join/${f.boardCode}`, form: { name: "Ospite" } }),
      expect: [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
    },
  ];
}
