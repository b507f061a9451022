// Boards' steps before a handler (platform/http/guards.ts), so each route reads as a chain:
//
//   r.get("/networks/:slug/boards", ...inNetwork("list-sessions"), (c) => …)
//   r.get("/boards/:id/close", requireActor(), sessionOfPath, runningIt, (c) => …)
//
// Who may do what is boards' policy (policy.ts); whether a person may see a session at all is
// accessSession's answer (a 404 for anyone who may not, as for a session that does not exist).
import type { MiddlewareHandler } from "hono";
import { notFound } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { authorize, load, requireActor, type With } from "../../platform/http/guards.ts";
import { isUuid } from "../../platform/ids.ts";
import { type Network, networkOfSlug, networkRefusal } from "../identity/index.ts";
import { type Access, accessSession } from "./boards.service.ts";
import { guestTokenFor } from "./guest-cookie.ts";
import { boardsPolicy, can, type NetworkAction } from "./policy.ts";

/** The id in the path's `name` parameter; a malformed one is a thing that does not exist (404). */
export const idParam = (c: Ctx, name = "id"): string => {
  const id = c.req.param(name) ?? "";
  if (!isUuid(id)) throw notFound();
  return id;
};

/** The session id of the path's `:id`. */
export const sessionIdParam = (c: Ctx): string => idParam(c);

/** Who asks about session `id`: the signed-in person, or else a guest by their cookie for it. */
export const visitorOf = (c: Ctx, id: string) => ({
  actor: c.get("actor"),
  guestToken: c.get("actor") ? undefined : guestTokenFor(c, id),
});

/**
 * Signed in, the path's network (`:slug`), and allowed `action` in it; a refusal is a 403 for those
 * who can see the network's people, a 404 for anyone else (identity's `networkRefusal`).
 */
export const inNetwork = (action: NetworkAction) =>
  [
    requireActor(),
    networkOfSlug(),
    authorize(
      boardsPolicy,
      action,
      (c: With<{ network: Network }>) => ({ networkId: c.get("network").id }),
      networkRefusal,
    ),
  ] as const;

/** The path's session as the visitor may see it, set as `access` (404 when they may not). */
export const sessionOfPath = load("access", (c) => {
  const id = sessionIdParam(c);
  return accessSession(c.get("deps"), visitorOf(c, id), id);
});

/** Only the session's facilitators: for anyone else there is nothing here (404). */
export const runningIt: MiddlewareHandler<AppEnv & { Variables: { access: Access } }> = async (c, next) => {
  if (!can(c.get("access").participant, "run-board")) throw notFound();
  await next();
};
