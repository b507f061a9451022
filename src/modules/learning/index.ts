// Learning: what other modules may call. Tables stay private to this module; the completion events
// (events.ts) are how others react to it (Open Badges, later).
import "./events.ts";
import "./messages.ts";

export { getCourse, listCourses, loadCourse } from "./courses.service.ts";
export type { Course, Curriculum } from "./types.ts";
