// Sign in first, then look the session up. A signed-out person on any /boards/:id page (the board,
// its summary and files, closing, promoting…) is sent through sign-in and back before anything is
// read: the redirect is the same for a session that exists and one that does not, so it reveals
// nothing; after signing in, a session the person may not see is still a 404. People holding a
// guest cookie for that session keep working as guests (they have no account to sign in with).
// Not for the join link (/boards/join/:code: guests join there) nor for a guest's /live ticket
// (JSON for the script, which answers problem details). Mounted first of boards' pages (manifest),
// so it runs before any of them.
import { Hono, type MiddlewareHandler } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { toSignIn } from "../identity/index.ts";
import { guestTokenFor } from "./guest-cookie.ts";

export function guardRoutes() {
  const r = new Hono<AppEnv>();
  const signInFirst: MiddlewareHandler<AppEnv> = async (c, next) => {
    const id = c.req.param("id") ?? "";
    if (c.get("actor") || id === "join" || c.req.path.endsWith("/live-ticket")) return next();
    if (guestTokenFor(c, id)) return next();
    return toSignIn(c);
  };
  r.use("/boards/:id", signInFirst);
  r.use("/boards/:id/*", signInFirst);
  return r;
}
