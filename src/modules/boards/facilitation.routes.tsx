// Closing and reopening a session, the steps around the board's `end` command: the page that asks
// "close the session?" (the board's tools link here; a close posted without the confirmation comes
// here too, routes.tsx), and reopening a closed session within the window after closing
// (reopen.service.ts). Thin handlers: validate → authorise → one service call → render.
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { networkById } from "../identity/index.ts";
import { runningIt, sessionIdParam, sessionOfPath } from "./guards.ts";
import { reopenSession } from "./reopen.service.ts";
import { showBoard } from "./routes.tsx";
import { closePage } from "./views/close-page.tsx";
import "./messages.facilitation.ts";

export function facilitationRoutes() {
  const r = new Hono<AppEnv>();

  // Only the session's facilitators close it; for anyone else there is nothing here.
  r.get("/boards/:id/close", requireActor(), sessionOfPath, runningIt, async (c) => {
    const { session } = c.get("access");
    if (session.phase === "closed") return c.redirect(`/boards/${session.id}`, 303);
    return closePage(c, session, await networkById(c.get("deps"), session.network_id));
  });

  r.post("/boards/:id/reopen", requireActor(), async (c) => {
    const id = sessionIdParam(c);
    const result = await reopenSession(c.get("deps"), c.get("actor"), id);
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
