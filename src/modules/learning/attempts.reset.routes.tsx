// The page that resets a learner's attempts at a quiz (decision 0060), reached from the cohort's
// progress page: a confirmation with an optional reason, then back to the progress page. Thin: load →
// authorise → one service call → render. Who may: the course's authors and the cohort's facilitators
// (403 for others who see the network's people, 404 otherwise); the learner must be in the cohort and
// the quiz in its course (404). A quiz already passed, without a limit or not yet tried: said on the
// page, and a POST then answers 409.
import { Hono } from "hono";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { isUuid } from "../../platform/ids.ts";
import { emptyForm } from "../../platform/ui/components.tsx";
import { accountContacts, refuseInNetwork } from "../identity/index.ts";
import { resetAttempts, resetState } from "./attempts.reset.ts";
import { cohortOfLearner } from "./cohorts.repo.ts";
import { canFollow, getCohort } from "./cohorts.service.ts";
import { can } from "./policy.ts";
import { quizContext } from "./quiz.service.ts";
import { resetFormPage, resetRefusedPage } from "./views/attempts-reset.tsx";
import "./messages.ts";

const PATH = "/learning/cohorts/:id/learners/:learnerId/quizzes/:quizId/reset";

async function target(c: Ctx) {
  const deps = c.get("deps");
  const actor = c.get("actor")!;
  const { cohort, course } = await getCohort(deps, actor, c.req.param("id") ?? "");
  if (!can(actor, "author", course) && !(await canFollow(deps, actor, cohort, course)))
    throw refuseInNetwork(actor, course.networkId);
  const learnerId = c.req.param("learnerId") ?? "";
  if (!isUuid(learnerId) || (await cohortOfLearner(deps.db, course.id, learnerId)) !== cohort.id)
    throw notFound();
  // One's own attempts are never reset by oneself, even by a facilitator who also studies.
  if (learnerId === actor.id) throw forbidden();
  const ctx = await quizContext(deps, actor, c.req.param("quizId") ?? "");
  if (ctx.course.id !== course.id) throw notFound();
  const [person] = await accountContacts(deps, [learnerId]);
  const state = await resetState(deps, ctx.quiz, learnerId);
  return {
    cohort,
    course,
    ctx,
    learner: { id: learnerId, name: person?.name ?? "" },
    quiz: { id: ctx.lesson.id, title: ctx.lesson.title },
    state,
  };
}

/** Why there is nothing to reset, or null when there is. */
function refusal(s: { max: number | null; used: number; passed: boolean }) {
  if (s.passed) return "learning.reset.errors.passed";
  if (s.max === null) return "learning.reset.errors.unlimited";
  if (!s.used) return "learning.reset.errors.nothing";
  return null;
}

export function attemptsResetRoutes() {
  const r = new Hono<AppEnv>();

  r.get(PATH, requireActor(), async (c) => {
    const d = await target(c);
    const why = refusal(d.state);
    if (why) return resetRefusedPage(c, { ...d, message: c.get("t")(why) });
    return resetFormPage(c, { ...d, form: emptyForm() });
  });

  r.post(PATH, requireActor(), async (c) => {
    const d = await target(c);
    const body = await c.req.parseBody();
    const reason = String(body.reason ?? "");
    const t = c.get("t");
    try {
      await resetAttempts(c.get("deps"), c.get("actor"), d.ctx, d.learner.id, reason);
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 422 && err.status !== 409)) throw err;
      if (err.status === 409) return resetRefusedPage(c, { ...d, message: t(err.message) }, 409);
      const errors: Record<string, string> = {};
      for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
      return resetFormPage(c, { ...d, form: { values: { reason }, errors } }, 422);
    }
    return redirectWithFlash(c, `/learning/cohorts/${d.cohort.id}/progress`, {
      kind: "success",
      key: "learning.reset.done",
    });
  });

  return r;
}
