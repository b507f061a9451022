// Learning's answer to labs' check-in: a learner checked in at a meeting that is a live-session lesson
// of a course they are enrolled in has done that lesson — which may complete the course, emitting
// learning's completion events as any other last step does (progress.service.ts).
import { onEvent } from "../../platform/events.ts";
import { liveLessonsOfMeeting } from "./cohorts.repo.ts";
import { loadCourse } from "./courses.service.ts";
import { enrolmentOf, markDone } from "./progress.repo.ts";
import { completeIfDone } from "./progress.service.ts";

onEvent("learning.live-session-done", "labs.attendance.recorded", async (deps, e) => {
  const lessons = await liveLessonsOfMeeting(deps.db, e.meetingId);
  if (!lessons.length) return undefined;
  const courses = await Promise.all(lessons.map((l) => loadCourse(deps, l.course_id)));
  const at = new Date(e.recordedAt);
  return async (trx) => {
    for (const [i, l] of lessons.entries()) {
      const course = courses[i]!;
      const enrolment = await enrolmentOf(trx, course.id, e.personId, true);
      if (!enrolment) continue;
      await markDone(trx, { accountId: e.personId, lessonId: l.id, courseId: course.id, at });
      await completeIfDone(deps, trx, course, enrolment);
    }
  };
});
