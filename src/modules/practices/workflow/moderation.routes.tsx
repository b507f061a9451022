// Moderation pages: the queue, one report with the decision form, and closing a flag. Coordinators
// see their networks' reports, admins all; anyone else is refused (403 signed in, sign-in otherwise).
import { Hono } from "hono";
import { z } from "zod";
import { AppError, forbidden } from "../../../platform/errors.ts";
import type { AppEnv } from "../../../platform/http/context.ts";
import { authorize, requireActor, type SignedIn, type With } from "../../../platform/http/guards.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../../platform/ui/components.tsx";
import { choiceOf } from "../catalogue/organisation-link.ts";
import { can } from "../policy.ts";
import { reviewPage } from "../views-submit/moderation.tsx";
import { queuePage } from "../views-submit/moderation-queue.tsx";
import { errorsOf, readPosted, withServiceErrors } from "./http.ts";
import {
  DECISIONS,
  decide,
  decisionsFor,
  FLAG_ACTIONS,
  moderationDetail,
  moderationQueue,
  resolveFlag,
} from "./moderation.service.ts";
import "./messages.ts";

const DecisionForm = z.object({
  decision: z.enum(DECISIONS, "form.invalidChoice"),
  reason: z.string().trim().max(2000, "form.tooLong").default(""),
});

/** Signed in, with a moderation queue at all (a 403 otherwise, not a 404: the queue is no secret). */
const moderating = [
  requireActor(),
  authorize(
    can,
    "see-queue",
    () => undefined,
    () => forbidden(),
  ),
] as const;

/**
 * The report with its decision form. Which reports a person may review is the service's answer (it
 * looks the report up), so the routes of one report only ask for a signed-in person first.
 */
async function showReview(c: With<SignedIn>, id: string, form: FormState, status = 200, notice?: string) {
  const d = await moderationDetail(c.get("deps"), c.get("actor"), id);
  return reviewPage(c, { ...d, decisions: decisionsFor(d.practice.status), form, notice }, status);
}

export function moderationRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/practices/moderation", ...moderating, async (c) =>
    queuePage(c, await moderationQueue(c.get("deps"), c.get("actor"))),
  );

  r.get("/practices/moderation/:id", requireActor(), async (c) =>
    showReview(c, c.req.param("id"), emptyForm()),
  );

  r.post("/practices/moderation/:id", requireActor(), async (c) => {
    const actor = c.get("actor");
    const id = c.req.param("id");
    const values = await readPosted(c);
    const parsed = DecisionForm.safeParse(values);
    if (!parsed.success) return showReview(c, id, { values, errors: errorsOf(c, parsed.error) }, 422);
    // The organisation to link counts only when publishing (the form shows it beside every decision).
    const organisation = parsed.data.decision === "publish" ? choiceOf(values) : undefined;
    if (organisation === null)
      return showReview(
        c,
        id,
        { values, errors: { organisation: c.get("t")("practices.organisation.errors.choice") } },
        422,
      );
    try {
      await decide(c.get("deps"), actor, id, {
        decision: parsed.data.decision,
        reason: parsed.data.reason,
        organisation,
      });
    } catch (err) {
      if (err instanceof AppError && err.status === 409)
        return showReview(c, id, emptyForm(), 409, c.get("t")("practices.moderation.errors.stale"));
      return showReview(c, id, withServiceErrors(c, { values, errors: {} }, err), 422);
    }
    return redirectWithFlash(c, "/practices/moderation", {
      kind: "success",
      key: "practices.moderation.decided",
    });
  });

  r.post("/practices/moderation/flags/:flagId", requireActor(), async (c) => {
    const actor = c.get("actor");
    const values = await readPosted(c);
    const action = z.enum(FLAG_ACTIONS).safeParse(values.action);
    if (!action.success) throw new AppError(422, "validation-failed", "Unknown action.");
    const flagId = c.req.param("flagId");
    if (!/^[0-9a-f-]{36}$/i.test(flagId)) throw new AppError(404, "not-found", "Not found.");
    await resolveFlag(c.get("deps"), actor, flagId, action.data);
    return redirectWithFlash(c, "/practices/moderation", {
      kind: "success",
      key: "practices.moderation.flagResolved",
    });
  });

  return r;
}
