// Learning's part of the home page (slot `app.home.sections`, place `public`): a few public courses
// of the catalogue. The lookup is the same for everyone, so it is memoised until the next write.
import type { Deps } from "../../platform/deps.ts";
import type { Ctx } from "../../platform/http/context.ts";
import { untilNextWrite } from "../../platform/http/render-cache.ts";
import { registerMessages } from "../../platform/i18n/index.ts";
import type { SlotSubjects } from "../../platform/ui/slots.tsx";
import { listCourses } from "./courses.service.ts";
import { CourseBadges } from "./views/parts.tsx";

const SHOWN = 4;

registerMessages({
  it: { "learning.home.title": "Corsi per formarsi", "learning.home.all": "Tutti i corsi" },
  en: { "learning.home.title": "Courses to learn from", "learning.home.all": "All courses" },
});

// Signed out, listCourses shows public published courses only.
const publicCourses = untilNextWrite(
  async (deps: Deps, _key: string) => (await listCourses(deps, null)).slice(0, SHOWN),
  {
    maxEntries: 1,
  },
);

export async function homeCourses(c: Ctx, { place }: SlotSubjects["app.home.sections"]) {
  if (place !== "public") return null;
  const courses = await publicCourses(c.get("deps"), "home");
  if (!courses.length) return null;
  const t = c.get("t");
  return (
    <section class="col-12" aria-labelledby="home-learning">
      <h2 id="home-learning" class="h3">
        {t("learning.home.title")}
      </h2>
      <ul class="row list-unstyled g-3">
        {courses.map((course) => (
          <li class="col-12 col-md-6 col-xl-3">
            <div class="card card-bg h-100">
              <div class="card-body">
                <CourseBadges t={t} lang={c.get("lang")} course={course} />
                <h3 class="card-title h5" lang={course.language}>
                  <a href={`/learning/courses/${course.slug}`}>{course.title}</a>
                </h3>
                <p class="card-text small" lang={course.language}>
                  {course.summary}
                </p>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <p class="mt-3">
        <a href="/learning">{t("learning.home.all")}</a>
      </p>
    </section>
  );
}
