// A lab's materials, cover image, members and invitations, and action plans: one router for
// app.tsx, made of each part's routes.
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { materialRoutes } from "./materials.routes.tsx";

export function labExtrasRoutes() {
  const r = new Hono<AppEnv>();
  r.route("/", materialRoutes());
  return r;
}
