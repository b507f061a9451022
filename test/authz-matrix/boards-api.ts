// Writes of board sessions in /api/v1 (src/modules/boards/api.ts), with each role's Bearer token; the
// anonymous caller and the guest have none (401: sessions are never public). Every row works on a
// session of its own, made through the API by the keeper (a coordinator of the network who is none
// of the roles, so its facilitator), in the state the row needs: nobody else in it; the role joined;
// the role joined and the session closed. Creating is for the network's coordinators, facilitators
// and admins; a member of the network is refused (403), anyone else is told nothing is there (404).
// Joining without the code is for those who see the session (the network's members, admins);
// commands for those who joined; closing and reopening for its facilitators — the co-facilitators
// admins and the network's coordinators and facilitators become by joining.
import { accessSession, join } from "../../src/modules/boards/index.ts";
import { createApiToken } from "../../src/modules/identity/index.ts";
import type { MatrixWorld, Statuses, Who, WriteRow } from "../helpers/matrix.ts";

export async function boardApiWrites(w: MatrixWorld): Promise<WriteRow[]> {
  const t = w.t;
  const { token } = await createApiToken(t.deps, w.keeper.id, "Sessioni della matrice");
  const asKeeper = async (path: string, body?: unknown) => {
    const res = await t.app.request(path, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  /** A new session of the network; `who` joined it (when they have an account); closed when asked. */
  const session = async (who: Who | null, closed = false) => {
    const s = await asKeeper("/api/v1/boards", {
      network: w.f.netId,
      title: "Sessione della matrice via API",
      template: "start-stop-continue",
    });
    const actor = who ? w.actors.get(who.role) : undefined;
    if (actor)
      await join(t.deps, (await accessSession(t.deps, { actor: w.keeper.actor }, s.id)).session, { actor });
    if (closed) await asKeeper(`/api/v1/boards/${s.id}/close`);
    return { apiBoardId: s.id };
  };
  const ready = { type: "ready", ready: true };
  //                                         anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  const JOINED_ALL: Statuses = /*         */ [401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 200];
  const FACILITATORS: Statuses = /*       */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 401, 403];
  return [
    {
      route: "POST /api/v1/boards",
      send: (f) => ({
        path: "/api/v1/boards",
        json: { network: f.netId, title: "Sessione nuova via API", template: "swot" },
      }),
      expect: [401, 201, 201, 201, 403, 403, 403, 404, 404, 401, 404],
    },
    {
      route: "POST /api/v1/boards/:id/participants",
      send: (f) => ({ path: `/api/v1/boards/${f.apiBoardId}/participants` }),
      fresh: () => session(null),
      expect: [401, 201, 201, 201, 201, 201, 201, 404, 404, 401, 404],
    },
    {
      route: "POST /api/v1/boards/:id/commands",
      on: "a session the role has not joined",
      send: (f) => ({ path: `/api/v1/boards/${f.apiBoardId}/commands`, json: ready }),
      fresh: () => session(null),
      expect: [401, 403, 403, 403, 403, 403, 403, 404, 404, 401, 404],
    },
    {
      // Whoever joined may command (the roles of other networks joined as if with its code).
      route: "POST /api/v1/boards/:id/commands",
      on: "a session the role joined",
      send: (f) => ({ path: `/api/v1/boards/${f.apiBoardId}/commands`, json: ready }),
      fresh: (_t, _f, who) => session(who),
      expect: JOINED_ALL,
    },
    {
      route: "POST /api/v1/boards/:id/close",
      send: (f) => ({ path: `/api/v1/boards/${f.apiBoardId}/close` }),
      fresh: (_t, _f, who) => session(who),
      expect: FACILITATORS,
    },
    {
      // Reopening answers 404 to whoever may not (as the page's form does): they need not know it.
      route: "POST /api/v1/boards/:id/reopen",
      send: (f) => ({ path: `/api/v1/boards/${f.apiBoardId}/reopen` }),
      fresh: (_t, _f, who) => session(who, true),
      expect: [401, 200, 200, 200, 404, 404, 404, 404, 404, 401, 404],
    },
  ];
}
