// Which of the session page's two views a person gets. The board view is the screen people expect,
// so it is the default for participants; the list view is the complete, form-based board without
// JavaScript and the screen-reader-first view with it. A choice made with ?view= is remembered in a
// cookie, so a person who prefers the list keeps it. Without JavaScript the board view's page sends
// the browser on to ?view=list (a <noscript> refresh in the head), which then sticks the same way.
import type { Ctx } from "../../platform/http/context.ts";
import { readCookie, setAppCookie } from "../../platform/http/cookies.ts";

export const VIEW_COOKIE = "bottega_board_view";
const YEAR = 60 * 60 * 24 * 365;

/** True for the board view. `participant`: whether this person takes part (the board view needs it). */
export function boardViewChosen(c: Ctx, participant: boolean): boolean {
  const asked = c.req.query("view");
  if (asked === "board" || asked === "list") {
    if (readCookie(c, VIEW_COOKIE) !== asked) setAppCookie(c, VIEW_COOKIE, asked, YEAR);
    return asked === "board";
  }
  // Someone who has not joined gets the list view: its first section is the "join" button.
  return participant && readCookie(c, VIEW_COOKIE) !== "list";
}
