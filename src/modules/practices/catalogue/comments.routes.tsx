// Comments and flags on a published practice. A comment is posted from the practice page's comments
// section; with errors it is shown again on the comments page. Flags have their own small page.

import { Hono } from "hono";
import { AppError } from "../../../platform/errors.ts";
import { clientIp } from "../../../platform/http/client-ip.ts";
import type { AppEnv } from "../../../platform/http/context.ts";
import { authorize, load, requireActor } from "../../../platform/http/guards.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../../platform/ui/components.tsx";
import { can } from "../policy.ts";
import { commentsPage, flagPage } from "../views-submit/comments.tsx";
import { minutesOf, readPosted, withServiceErrors } from "../workflow/http.ts";
import { addComment, publishedPractice } from "./comments.service.ts";
import { flag, flaggableComment } from "./flags.service.ts";
import "../workflow/messages.ts";

/** The published practice of the path as the person may see it, set as `practice` (404 otherwise). */
const practiceOfSlug = load("practice", (c) =>
  publishedPractice(c.get("deps"), c.get("actor"), c.req.param("slug") ?? ""),
);

/**
 * Commenting: the practice first (an unknown one is a 404 even for someone signed out), then a
 * signed-in person, then a confirmed address (a 403 that says so).
 */
const commenting = [
  practiceOfSlug,
  requireActor(),
  authorize(
    can,
    "comment",
    () => undefined,
    () => new AppError(403, "forbidden", "Confirm your address first."),
  ),
] as const;

export function commentRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/practices/:slug/comments", practiceOfSlug, async (c) =>
    commentsPage(c, c.get("practice"), emptyForm()),
  );

  r.post("/practices/:slug/comments", ...commenting, async (c) => {
    const practice = c.get("practice");
    const actor = c.get("actor");
    const values = await readPosted(c);
    try {
      const id = await addComment(c.get("deps"), actor, practice, values.body ?? "");
      return redirectWithFlash(c, `/practices/${practice.slug}#comment-${id}`, {
        kind: "success",
        key: "practices.comments.added",
      });
    } catch (err) {
      if (err instanceof AppError && err.status === 429) throw err;
      return commentsPage(c, practice, withServiceErrors(c, { values, errors: {} }, err), 422);
    }
  });

  r.get("/practices/:slug/flag", practiceOfSlug, async (c) => {
    const practice = c.get("practice");
    const commentId = c.req.query("comment");
    const comment = commentId ? await flaggableComment(c.get("deps"), practice, commentId) : null;
    return flagPage(c, { practice, comment, form: emptyForm() });
  });

  r.post("/practices/:slug/flag", practiceOfSlug, async (c) => {
    const practice = c.get("practice");
    const values = await readPosted(c);
    const commentId = values.comment || null;
    const comment = commentId ? await flaggableComment(c.get("deps"), practice, commentId) : null;
    const show = (form: FormState, status: number, notice?: string) =>
      flagPage(c, { practice, comment, form, notice }, status);
    try {
      await flag(c.get("deps"), c.get("actor"), practice, {
        commentId,
        reason: values.reason ?? "",
        ip: clientIp(c),
      });
    } catch (err) {
      if (err instanceof AppError && err.status === 429) {
        c.header("Retry-After", err.headers["Retry-After"] ?? "60");
        return show(
          { values, errors: {} },
          429,
          c.get("t")("errors.rateLimited", { minutes: minutesOf(err) }),
        );
      }
      return show(withServiceErrors(c, { values, errors: {} }, err), 422);
    }
    return redirectWithFlash(c, `/practices/${practice.slug}`, {
      kind: "success",
      key: "practices.flags.sent",
    });
  });

  return r;
}
