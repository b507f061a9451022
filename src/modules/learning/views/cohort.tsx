// A cohort's page (dates, places, the lab's live sessions, joining, the waiting list, leaving), its
// facilitators' progress page (a table per learner: lessons, best quiz scores, attendance; the same
// as CSV; the waiting list in order) and the course page's list of cohorts. The authors' forms are in
// cohort-forms.tsx. Plain forms and tables: nothing needs JavaScript.

import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { Csrf } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Meeting } from "../../labs/index.ts";
import type { JoinOutcome } from "../cohorts.places.ts";
import { type Cohort, cohortsOfCourse } from "../cohorts.repo.ts";
import type { CohortReport } from "../cohorts.report.ts";
import { can } from "../policy.ts";
import type { Course } from "../types.ts";
import { ResetCell, type ResetOffers } from "./attempts-reset.tsx";

const day = (c: Ctx, d: string) => formatDate(c.get("lang"), new Date(`${d}T12:00:00Z`), "UTC");
export const when = (c: Ctx, d: Date) => formatDate(c.get("lang"), d, c.get("deps").config.timeZone, true);

export const crumbs = (c: Ctx, course: Course, last: { href?: string; label: string }[]) => [
  { href: "/learning", label: c.get("t")("learning.title") },
  { href: `/learning/courses/${course.slug}`, label: course.title },
  ...last,
];

export function cohortPage(
  c: Ctx,
  d: {
    cohort: Cohort;
    course: Course;
    lab: { slug: string; title: string };
    sessions: Meeting[];
    taken: number;
    /** How many wait for a place, and the viewer's place in that line (1 = next) if they wait. */
    waiting: number;
    position: number | null;
    member: boolean;
    canJoin: boolean;
    canFollow: boolean;
    /** Names, for viewers who may see the network's people (null for others). */
    facilitators: string[] | null;
    message?: { kind: "success" | "danger" | "info"; text: string };
    outcome?: JoinOutcome;
  },
) {
  const t = c.get("t");
  const { cohort, course } = d;
  const full = d.taken >= cohort.capacity;
  return render(
    c,
    { title: cohort.title, breadcrumbs: crumbs(c, course, [{ label: cohort.title }]) },
    <div class="row">
      <article class="col-lg-8">
        <h1>{cohort.title}</h1>
        <p class="lead">
          <a href={`/learning/courses/${course.slug}`} lang={course.language}>
            {course.title}
          </a>
        </p>
        {d.message ? (
          <div
            class={`alert alert-${d.message.kind}`}
            role={d.message.kind === "danger" ? "alert" : "status"}
          >
            <p class="mb-0">{d.message.text}</p>
            {d.outcome?.meetings.length ? (
              <ul class="mb-0 mt-2">
                {d.outcome.meetings.map((m) => (
                  <li>{t(`learning.cohorts.reg.${m.status}`, { title: m.title })}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <ul>
          <li>{t("learning.cohorts.dates", { from: day(c, cohort.startsOn), to: day(c, cohort.endsOn) })}</li>
          <li>{t("learning.cohorts.places", { taken: d.taken, capacity: cohort.capacity })}</li>
          {d.waiting ? <li>{t("learning.cohorts.waitingCount", { n: d.waiting })}</li> : null}
          <li>
            {t("learning.cohorts.lab")} <a href={`/labs/${d.lab.slug}`}>{d.lab.title}</a>
          </li>
          {d.facilitators?.length ? (
            <li>{t("learning.cohorts.facilitatedBy", { names: d.facilitators.join(", ") })}</li>
          ) : null}
        </ul>
        <h2 class="h4">{t("learning.cohorts.sessions")}</h2>
        {d.sessions.length ? (
          <ul>
            {d.sessions.map((m) => (
              <li>
                <a href={`/labs/${d.lab.slug}/meetings/${m.slug}`}>{m.title}</a> — {when(c, m.startsAt)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("learning.cohorts.noSessions")}</p>
        )}
        {d.member ? (
          <>
            <p class="alert alert-info">{t("learning.cohorts.member")}</p>
            <PlaceForm
              c={c}
              action={`/learning/cohorts/${cohort.id}/leave`}
              hint={t("learning.cohorts.leaveHint")}
              label={t("learning.cohorts.leave")}
              kind="outline-danger"
            />
          </>
        ) : d.position ? (
          <>
            <p class="alert alert-info">{t("learning.cohorts.position", { n: d.position })}</p>
            <PlaceForm
              c={c}
              action={`/learning/cohorts/${cohort.id}/leave`}
              hint={t("learning.cohorts.waitHint")}
              label={t("learning.cohorts.leaveList")}
              kind="outline-danger"
            />
          </>
        ) : d.canJoin && full ? (
          <>
            <p class="alert alert-warning">{t("learning.cohorts.fullJoinList")}</p>
            <PlaceForm
              c={c}
              action={`/learning/cohorts/${cohort.id}/join`}
              hint={t("learning.cohorts.waitHint")}
              label={t("learning.cohorts.joinList")}
            />
          </>
        ) : d.canJoin ? (
          <PlaceForm
            c={c}
            action={`/learning/cohorts/${cohort.id}/join`}
            hint={t("learning.cohorts.joinHint")}
            label={t("learning.cohorts.join")}
          />
        ) : null}
        {d.canFollow ? (
          <p class="mt-4">
            <a href={`/learning/cohorts/${cohort.id}/progress`}>{t("learning.cohorts.progress")}</a>
          </p>
        ) : null}
        {can(c.get("actor"), "author", course) ? (
          <p>
            <a href={`/learning/cohorts/${cohort.id}/sessions/new`}>{t("learning.cohorts.addSession")}</a>
          </p>
        ) : null}
      </article>
    </div>,
  );
}

/** One button that takes or gives up a place, described by what it does. */
function PlaceForm(p: { c: Ctx; action: string; hint: string; label: string; kind?: string }) {
  return (
    <form method="post" action={p.action} class="mt-4">
      <Csrf token={p.c.get("csrfToken")()} />
      <p id="place-hint">{p.hint}</p>
      <button type="submit" class={`btn btn-${p.kind ?? "primary"}`} aria-describedby="place-hint">
        {p.label}
      </button>
    </form>
  );
}

export function cohortProgressPage(
  c: Ctx,
  d: { cohort: Cohort; course: Course; report: CohortReport; resets?: ResetOffers },
) {
  const t = c.get("t");
  const { cohort, course, report: r } = d;
  const title = t("learning.cohorts.progressOf", { title: cohort.title });
  return render(
    c,
    {
      title,
      breadcrumbs: crumbs(c, course, [
        { href: `/learning/cohorts/${cohort.id}`, label: cohort.title },
        { label: t("learning.cohorts.progress") },
      ]),
    },
    <div>
      <h1>{title}</h1>
      <p>
        <a href={`/learning/cohorts/${cohort.id}/progress.csv`} download>
          {t("learning.cohorts.csv")}
        </a>
      </p>
      {r.learners.length ? (
        // Focusable and named: on a phone the table scrolls sideways, and a keyboard must reach it.
        <section class="table-responsive" tabindex={0} aria-labelledby="cohort-progress-caption">
          <table class="table">
            <caption id="cohort-progress-caption">{t("learning.cohorts.progress")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("learning.cohorts.learner")}</th>
                <th scope="col">{t("learning.cohorts.lessonsDone")}</th>
                <th scope="col">{t("learning.cohorts.completed")}</th>
                {r.quizzes.map((q) => (
                  <th scope="col" lang={course.language}>
                    {q.title}
                  </th>
                ))}
                {r.meetings.map((m) => (
                  <th scope="col">
                    {m.title} <span class="d-block small fw-normal">{when(c, m.startsAt)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.learners.map((l) => (
                <tr>
                  <th scope="row">{l.name}</th>
                  <td>
                    {l.done}/{r.lessonCount}
                  </td>
                  <td>{l.completed ? t("learning.cohorts.yes") : t("learning.cohorts.no")}</td>
                  {l.scores.map((s, i) => (
                    <td>
                      {s === null ? "—" : `${s}%`}
                      <ResetCell
                        c={c}
                        offers={d.resets}
                        cohortId={cohort.id}
                        learner={l}
                        quiz={r.quizzes[i]!}
                      />
                    </td>
                  ))}
                  {l.attendance.map((a) => (
                    <td>{t(`learning.cohorts.att.${a}`)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <p>{t("learning.cohorts.noLearners")}</p>
      )}
      {r.former.members ? (
        <p>{t("learning.cohorts.former", { n: r.former.members, completed: r.former.completed })}</p>
      ) : null}
      <section aria-labelledby="cohort-waitlist" class="mt-4">
        <h2 id="cohort-waitlist" class="h4">
          {t("learning.cohorts.waitlist")}
        </h2>
        {r.waitlist.length ? (
          <>
            <p>{t("learning.cohorts.waitlistCount", { n: r.waitlist.length })}</p>
            <ol>
              {r.waitlist.map((w) => (
                <li>
                  {w.name} — <time datetime={w.since.toISOString()}>{when(c, w.since)}</time>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p>{t("learning.cohorts.waitlistEmpty")}</p>
        )}
      </section>
    </div>,
  );
}

/** The course page's list of cohorts, with the authors' link to a new one; nothing when neither. */
export async function cohortsSection(c: Ctx, course: Course) {
  const t = c.get("t");
  const cohorts = await cohortsOfCourse(c.get("deps").db, course.id);
  const author = can(c.get("actor"), "author", course);
  if (!cohorts.length && !author) return null;
  return (
    <section aria-labelledby="course-cohorts" class="mt-4">
      <h2 id="course-cohorts" class="h4">
        {t("learning.cohorts.title")}
      </h2>
      {cohorts.length ? (
        <ul>
          {cohorts.map((x) => (
            <li>
              <a href={`/learning/cohorts/${x.id}`}>{x.title}</a> —{" "}
              {t("learning.cohorts.dates", { from: day(c, x.startsOn), to: day(c, x.endsOn) })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("learning.cohorts.none")}</p>
      )}
      {author ? (
        <p>
          <a href={`/learning/courses/${course.slug}/cohorts/new`}>{t("learning.cohorts.new")}</a>
        </p>
      ) : null}
    </section>
  );
}
