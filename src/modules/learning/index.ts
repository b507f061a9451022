// Learning: what other modules (and tests) may call. Tables stay private to this module; the
// completion events (events.ts) are how others react to it (Open Badges, later). Nothing here hands
// out a quiz's answer key: questions come without it (decision 0053).
import "./events.ts";
import "./messages.ts";

export {
  createCourse,
  createCurriculum,
  saveLesson,
  saveModule,
  saveQuizQuestion,
  setCourseStatus,
  updateCourse,
} from "./authoring.service.ts";
export { issueCertificateFor } from "./certificates.jobs.ts";
export { addLiveSession, createCohort } from "./cohorts.service.ts";
export { getCourse, lessonOfCourse, listCourses, loadCourse } from "./courses.service.ts";
export { enrol, markLessonDone } from "./progress.service.ts";
export { publicQuestions, quizContext, submitAttempt } from "./quiz.service.ts";
export { setReadingFile } from "./reading.service.ts";
export { type CompletionSubject, completionOnRecord, completionSubject } from "./subjects.read.ts";
export type { Course, Curriculum, Lesson, PublicQuestion } from "./types.ts";
export { addCaptions, setVideo } from "./video.service.ts";
