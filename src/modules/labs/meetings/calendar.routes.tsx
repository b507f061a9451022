// Calendar pages and feeds beyond one lab: the network's iCal feed, the person's meetings page with
// their secret personal feed (and its reset), and the personal feed itself.
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../../platform/http/context.ts";
import { requireActor } from "../../../platform/http/guards.ts";
import { translator } from "../../../platform/i18n/index.ts";
import { myMeetingsPage } from "../views/my-meetings.tsx";
import {
  feedMadeAt,
  myMeetings,
  networkCalendar,
  personalCalendar,
  personalFeedUrl,
  resetFeedToken,
} from "./calendar.service.ts";

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

  // The page's earlier address (before "my area" gathered the person's things under /me).
  r.get("/account/meetings", (c) => c.redirect("/me/meetings", 301));

  r.get("/me/meetings", requireActor(), async (c) => {
    const actor = c.get("actor");
    const deps = c.get("deps");
    // Only a hash of the feed's token is stored: the address itself can no longer be shown.
    const madeAt = await feedMadeAt(deps, actor);
    return myMeetingsPage(c, {
      meetings: await myMeetings(deps, actor),
      feed: madeAt ? { kind: "made", at: madeAt } : { kind: "none" },
    });
  });

  // Makes the address (the first, or a new one): shown on this answer only, never stored in clear,
  // so the page is rendered here rather than after a redirect, and is not cached.
  r.post("/me/meetings/calendar/reset", requireActor(), async (c) => {
    const actor = c.get("actor");
    const deps = c.get("deps");
    const replaced = (await feedMadeAt(deps, actor)) !== null;
    const token = await resetFeedToken(deps, actor);
    c.header("Cache-Control", "no-store");
    return myMeetingsPage(c, {
      meetings: await myMeetings(deps, actor),
      feed: { kind: "new", url: personalFeedUrl(deps, token), replaced },
    });
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
