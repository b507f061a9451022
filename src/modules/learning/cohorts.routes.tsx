// Cohort pages: a cohort (join it or its waiting list, leave either), its facilitators' progress page
// and CSV, and the form that creates a cohort of a course (with a new lab when none fits). Thin
// handlers: load → authorise → one service call → render. What a viewer may not see is a 404; the
// progress page refuses everyone but the cohort's facilitators and the network's coordinators (403
// for those who see the network's people, 404 otherwise).
import { Hono } from "hono";
import { SYSTEM } from "../../platform/auth/index.ts";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm } from "../../platform/ui/components.tsx";
import {
  accountContacts,
  can as identityCan,
  networkPeopleWithRoles,
  refuseInNetwork,
} from "../identity/index.ts";
import { getLab, listLabs, programmeOf } from "../labs/index.ts";
import { resetOffers } from "./attempts.reset.ts";
import { type JoinOutcome, joinCohort, leaveCohort } from "./cohorts.places.ts";
import {
  cohortOfLearner,
  facilitatorsOf,
  memberCount,
  waitlistOf,
  waitlistPosition,
} from "./cohorts.repo.ts";
import { cohortCsv, cohortReport } from "./cohorts.report.ts";
import { addLiveSession, canFollow, createCohort, getCohort } from "./cohorts.service.ts";
import { modulesOf } from "./courses.repo.ts";
import { getCourse } from "./courses.service.ts";
import { can } from "./policy.ts";
import type { Course } from "./types.ts";
import { cohortPage, cohortProgressPage } from "./views/cohort.tsx";
import { cohortFormPage, liveSessionFormPage } from "./views/cohort-forms.tsx";
import "./messages.ts";

async function showCohort(
  c: Ctx,
  id: string,
  o: {
    message?: { kind: "success" | "danger" | "info"; text: string };
    outcome?: JoinOutcome;
  } = {},
) {
  const deps = c.get("deps");
  const actor = c.get("actor");
  const { cohort, course } = await getCohort(deps, actor, id);
  const lab = await getLab(deps, SYSTEM, cohort.labId);
  const [sessions, taken, waiting, mine, position, follow, facilitators] = await Promise.all([
    programmeOf(deps, actor, lab),
    memberCount(deps.db, cohort.id),
    waitlistOf(deps.db, cohort.id),
    actor ? cohortOfLearner(deps.db, course.id, actor.id) : null,
    actor ? waitlistPosition(deps.db, cohort.id, actor.id) : null,
    canFollow(deps, actor, cohort, course),
    facilitatorNames(c, cohort.id, course.networkId),
  ]);
  return cohortPage(c, {
    cohort,
    course,
    lab,
    sessions: sessions.filter((m) => m.status !== "cancelled"),
    taken,
    waiting: waiting.length,
    member: mine === cohort.id,
    position: mine ? null : position,
    canJoin: !mine && !position && can(actor, "study", course),
    canFollow: follow,
    facilitators,
    ...o,
  });
}

/**
 * The cohort's facilitators by name, for those who may see the network's people (its members and
 * admins, as on the network's page); null for anyone else.
 */
async function facilitatorNames(c: Ctx, cohortId: string, networkId: string) {
  if (!identityCan(c.get("actor"), { action: "view-members", networkId })) return null;
  const deps = c.get("deps");
  const people = await accountContacts(deps, await facilitatorsOf(deps.db, cohortId));
  return people.map((p) => p.name).sort((a, b) => a.localeCompare(b));
}

/** The cohort for the progress page, refused to all but its facilitators and the coordinators. */
async function followed(c: Ctx) {
  const deps = c.get("deps");
  const actor = c.get("actor");
  const { cohort, course } = await getCohort(deps, actor, c.req.param("id") ?? "");
  if (!(await canFollow(deps, actor, cohort, course))) throw refuseInNetwork(actor, course.networkId);
  return { cohort, course, report: await cohortReport(deps, actor!, cohort, course) };
}

/** What the cohort form offers: the network's labs, and its people as extra facilitators (not the author). */
async function formChoices(c: Ctx, course: Course) {
  const deps = c.get("deps");
  const [labs, people] = await Promise.all([
    listLabs(deps, c.get("actor"), { networkId: course.networkId }),
    networkPeopleWithRoles(deps, course.networkId),
  ]);
  return {
    labs: labs.map((l) => ({ id: l.id, title: l.title })),
    people: people
      .filter((p) => p.id !== c.get("actor")?.id)
      .map((p) => ({ id: p.id, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

async function authoredCourse(c: Ctx) {
  const course = await getCourse(c.get("deps"), c.get("actor"), c.req.param("slug") ?? "");
  if (!can(c.get("actor"), "author", course)) throw refuseInNetwork(c.get("actor"), course.networkId);
  return course;
}

export function cohortRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/learning/cohorts/:id", (c) => showCohort(c, c.req.param("id")));

  r.post("/learning/cohorts/:id/join", requireActor(), async (c) => {
    const deps = c.get("deps");
    const t = c.get("t");
    const { cohort, course } = await getCohort(deps, c.get("actor"), c.req.param("id"));
    const outcome = await joinCohort(deps, c.get("actor"), cohort, course);
    const text =
      outcome.state === "waitlisted"
        ? t(outcome.already ? "learning.cohorts.position" : "learning.cohorts.waitlisted", {
            n: outcome.position,
          })
        : t(outcome.already ? "learning.cohorts.already" : "learning.cohorts.joined");
    return showCohort(c, cohort.id, {
      message: { kind: outcome.already || outcome.state === "waitlisted" ? "info" : "success", text },
      outcome,
    });
  });

  // Leaves the cohort (the place goes to the first in line) or its waiting list; back to its page.
  r.post("/learning/cohorts/:id/leave", requireActor(), async (c) => {
    const deps = c.get("deps");
    const { cohort, course } = await getCohort(deps, c.get("actor"), c.req.param("id"));
    const { left } = await leaveCohort(deps, c.get("actor"), cohort, course);
    return redirectWithFlash(c, `/learning/cohorts/${cohort.id}`, {
      kind: left ? "success" : "info",
      key:
        left === "cohort"
          ? "learning.cohorts.left"
          : left === "waitlist"
            ? "learning.cohorts.leftList"
            : "learning.cohorts.notIn",
    });
  });

  r.get("/learning/cohorts/:id/progress", requireActor(), async (c) => {
    const d = await followed(c);
    // Where a learner's attempts at a quiz may be reset (attempts.reset.routes.tsx).
    return cohortProgressPage(c, { ...d, resets: await resetOffers(c.get("deps"), d.report) });
  });

  r.get("/learning/cohorts/:id/progress.csv", requireActor(), async (c) => {
    const { cohort, report } = await followed(c);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="cohort-${cohort.id}.csv"`);
    c.header("Cache-Control", "private, no-store");
    return c.body(cohortCsv(report, c.get("t")));
  });

  r.get("/learning/courses/:slug/cohorts/new", requireActor(), async (c) => {
    const course = await authoredCourse(c);
    return cohortFormPage(c, { course, ...(await formChoices(c, course)), form: emptyForm() });
  });

  r.post("/learning/courses/:slug/cohorts", requireActor(), async (c) => {
    const course = await authoredCourse(c);
    const body = await c.req.parseBody({ all: true });
    const one = (k: string) => String([body[k] ?? ""].flat()[0] ?? "");
    const facilitators = [body.facilitators ?? []].flat().map(String).filter(Boolean);
    const values: Record<string, string> = {
      ...Object.fromEntries(
        ["title", "startsOn", "endsOn", "capacity", "labChoice", "labId", "newLabTitle"].map((k) => [
          k,
          one(k),
        ]),
      ),
      facilitators: facilitators.join(","),
    };
    try {
      const cohort = await createCohort(c.get("deps"), c.get("actor"), course, {
        title: values.title!,
        startsOn: values.startsOn!,
        endsOn: values.endsOn!,
        capacity: Number(values.capacity || Number.NaN),
        labId: values.labId!,
        // The radio says which of the two fields counts (both are on the page without JavaScript).
        newLab: values.labChoice === "new" ? { title: values.newLabTitle! } : null,
        facilitators,
      });
      return redirectWithFlash(c, `/learning/cohorts/${cohort.id}`, {
        kind: "success",
        key: "learning.cohorts.created",
      });
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 422) throw err;
      const t = c.get("t");
      const errors: Record<string, string> = {};
      for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
      return cohortFormPage(c, { course, ...(await formChoices(c, course)), form: { values, errors } }, 422);
    }
  });

  /** The cohort for an author of its course (403 in the network, 404 outside). */
  async function authoredCohort(c: Ctx) {
    const { cohort, course } = await getCohort(c.get("deps"), c.get("actor"), c.req.param("id") ?? "");
    if (!can(c.get("actor"), "author", course)) throw refuseInNetwork(c.get("actor"), course.networkId);
    const lab = await getLab(c.get("deps"), SYSTEM, cohort.labId);
    const [meetings, modules] = await Promise.all([
      programmeOf(c.get("deps"), c.get("actor"), lab),
      modulesOf(c.get("deps").db, course.id),
    ]);
    return { cohort, course, meetings: meetings.filter((m) => m.status !== "cancelled"), modules };
  }

  r.get("/learning/cohorts/:id/sessions/new", requireActor(), async (c) =>
    liveSessionFormPage(c, { ...(await authoredCohort(c)), form: emptyForm() }),
  );

  r.post("/learning/cohorts/:id/sessions", requireActor(), async (c) => {
    const d = await authoredCohort(c);
    const body = await c.req.parseBody();
    const values = Object.fromEntries(
      ["meetingId", "moduleId", "title"].map((k) => [k, String(body[k] ?? "")]),
    );
    try {
      await addLiveSession(c.get("deps"), c.get("actor"), d.cohort, d.course, {
        meetingId: values.meetingId!,
        moduleId: values.moduleId!,
        title: values.title!,
      });
      return redirectWithFlash(c, `/learning/cohorts/${d.cohort.id}`, {
        kind: "success",
        key: "learning.cohorts.sessionAdded",
      });
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 422) throw err;
      const t = c.get("t");
      const errors: Record<string, string> = {};
      for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
      return liveSessionFormPage(c, { ...d, form: { values, errors } }, 422);
    }
  });

  return r;
}
