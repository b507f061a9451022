// Comments and flags on a published practice. A comment is posted from the practice page's comments
// section; with errors it is shown again on the comments page. Flags have their own small page.
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { toSignIn } from "../identity/index.ts";
import { addComment, publishedPractice } from "./comments.service.ts";
import { flag, flaggableComment } from "./flags.service.ts";
import { commentsPage, flagPage } from "./views-submit/comments.tsx";
import { clientIp, minutesOf, readPosted, withServiceErrors } from "./workflow.http.ts";
import { canComment } from "./workflow.policy.ts";
import "./workflow.messages.ts";

const practiceOf = (c: Ctx) => publishedPractice(c.get("deps"), c.get("actor"), c.req.param("slug") ?? "");

export function commentRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/practices/:slug/comments", async (c) => commentsPage(c, await practiceOf(c), emptyForm()));

  r.post("/practices/:slug/comments", async (c) => {
    const practice = await practiceOf(c);
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    if (!canComment(actor)) throw new AppError(403, "forbidden", "Confirm your address first.");
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

  r.get("/practices/:slug/flag", async (c) => {
    const practice = await practiceOf(c);
    const commentId = c.req.query("comment");
    const comment = commentId ? await flaggableComment(c.get("deps"), practice, commentId) : null;
    return flagPage(c, { practice, comment, form: emptyForm() });
  });

  r.post("/practices/:slug/flag", async (c) => {
    const practice = await practiceOf(c);
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
