// Closing and reopening a session, the steps around the board's `end` command: the page that asks
// "close the session?" (the board's tools link here; a close posted without the confirmation comes
// here too, routes.tsx), and reopening a closed session within the window after closing
// (reopen.service.ts). Thin handlers: validate → authorise → one service call → render.
import { Hono } from "hono";
import { notFound } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { networkById, toSignIn } from "../identity/index.ts";
import { accessSession } from "./boards.service.ts";
import { can } from "./policy.ts";
import { reopenSession } from "./reopen.service.ts";
import { showBoard } from "./routes.tsx";
import { closePage } from "./views/close-page.tsx";
import "./messages.facilitation.ts";
import { isUuid } from "../../platform/ids.ts";

const sessionIdParam = (c: Ctx) => {
  const id = c.req.param("id") ?? "";
  if (!isUuid(id)) throw notFound();
  return id;
};

export function facilitationRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/boards/:id/close", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    const id = sessionIdParam(c);
    const deps = c.get("deps");
    const access = await accessSession(deps, { actor }, id);
    // Only the session's facilitators close it; for anyone else there is nothing here.
    if (!can(access.participant, "run-board")) throw notFound();
    if (access.session.phase === "closed") return c.redirect(`/boards/${id}`, 303);
    return closePage(c, access.session, await networkById(deps, access.session.network_id));
  });

  r.post("/boards/:id/reopen", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    const id = sessionIdParam(c);
    const result = await reopenSession(c.get("deps"), actor, id);
    if (!result.ok)
      return showBoard(
        c,
        id,
        { key: `boards.refused.${result.reason}`, formId: "reopen-form", values: {} },
        422,
      );
    return redirectWithFlash(c, `/boards/${id}`, { kind: "success", key: "boards.reopened" });
  });

  return r;
}
