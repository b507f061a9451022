// Account flows: sign-up and verification, password reset, sign-in links, and the /account pages.
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { magicLinkRoutes } from "./magic-link.routes.tsx";
import { profileRoutes } from "./profile.routes.tsx";
import { recoveryRoutes } from "./recovery.routes.tsx";
import { signupRoutes } from "./signup.routes.tsx";
import { tokenRoutes } from "./tokens.routes.tsx";

export function accountRoutes() {
  const r = new Hono<AppEnv>();
  r.route("/", signupRoutes());
  r.route("/", recoveryRoutes());
  r.route("/", magicLinkRoutes());
  r.route("/", profileRoutes());
  r.route("/", tokenRoutes());
  return r;
}
