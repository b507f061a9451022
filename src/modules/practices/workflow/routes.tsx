// The catalogue's workflow pages in one router: "Report a project", moderation, comments and flags.
// Registered before the catalogue's own `/practices/:slug` page, so `/practices/new` and
// `/practices/moderation` are not taken for slugs.
import { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/context.ts";
import { commentRoutes } from "../catalogue/comments.routes.tsx";
import { moderationRoutes } from "./moderation.routes.tsx";
import { submissionRoutes } from "./submissions.routes.tsx";

export function practiceWorkflowRoutes() {
  const r = new Hono<AppEnv>();
  r.route("/", submissionRoutes());
  r.route("/", moderationRoutes());
  r.route("/", commentRoutes());
  return r;
}
