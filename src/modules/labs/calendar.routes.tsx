// Calendar pages and feeds beyond one lab: the network's iCal feed, the person's meetings page with
// their secret personal feed (and its reset), and the personal feed itself.
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { translator } from "../../platform/i18n/index.ts";
import { toSignIn } from "../identity/index.ts";
import {
  feedToken,
  myMeetings,
  networkCalendar,
  personalCalendar,
  personalFeedUrl,
  resetFeedToken,
} from "./calendar.service.ts";
import { myMeetingsPage } from "./views/my-meetings.tsx";

export const icsResponse = (c: Ctx, body: string, filename: string, inline = false) =>
  c.body(body, 200, {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${filename}"`,
    "Cache-Control": "private, no-store",
  });

export function calendarRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/networks/:slug/meetings.ics", async (c) => {
    const cal = await networkCalendar(c.get("deps"), c.get("actor"), c.req.param("slug"));
    return icsResponse(c, cal.body, `${c.req.param("slug")}-meetings.ics`, true);
  });

  r.get("/account/meetings", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    const deps = c.get("deps");
    return myMeetingsPage(c, {
      meetings: await myMeetings(deps, actor),
      feedUrl: personalFeedUrl(deps, await feedToken(deps, actor)),
    });
  });

  r.post("/account/meetings/calendar/reset", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    await resetFeedToken(c.get("deps"), actor);
    return redirectWithFlash(c, "/account/meetings", { kind: "success", key: "labs.my.resetDone" });
  });

  // No session here: calendar apps fetch it. The token is the only key; a reset token is a 404.
  r.get("/calendar/:token/meetings.ics", async (c) => {
    const body = await personalCalendar(
      c.get("deps"),
      c.req.param("token"),
      translator(c.get("lang"))("labs.my.calendarName"),
    );
    return icsResponse(c, body, "meetings.ics", true);
  });

  return r;
}
