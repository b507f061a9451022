// "La mia area" (/me): where a signed-in person lands, and what is theirs across the platform. The
// page names no module: each fills its own section through the `identity.me.sections` slot.
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { mePage } from "./views/me-page.tsx";

export function meRoutes() {
  const r = new Hono<AppEnv>();
  r.get("/me", requireActor(), (c) => mePage(c));
  return r;
}
