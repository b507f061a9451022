// A lab's materials, cover image, members and invitations, and action plans: one router for
// app.tsx, made of each part's routes.
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { actionPlanRoutes } from "./action-plans/routes.tsx";
import { coverRoutes } from "./cover.routes.tsx";
import { materialRoutes } from "./materials/routes.tsx";
import { labMemberRoutes } from "./members/routes.tsx";

export function labExtrasRoutes() {
  const r = new Hono<AppEnv>();
  r.route("/", materialRoutes());
  r.route("/", coverRoutes());
  r.route("/", labMemberRoutes());
  r.route("/", actionPlanRoutes());
  return r;
}
