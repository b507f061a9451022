// The catalogue (/learning): published courses a person may see, filtered by network, language,
// topic and format (with a cohort to join, or self-paced) with a plain GET form (works without JavaScript), each course with its badges and summary.
import type { Ctx } from "../../../platform/http/context.ts";
import { render } from "../../../platform/ui/layout.tsx";
import { COURSE_FORMATS } from "../courses.service.ts";
import type { Course } from "../types.ts";
import { CourseBadges, languageName } from "./parts.tsx";

type Net = { id: string; slug: string; name: string };

export function cataloguePage(
  c: Ctx,
  d: {
    courses: Course[];
    networks: Map<string, Net>;
    facets: { topics: string[]; languages: string[] };
    filter: { network?: string; language?: string; topic?: string; format?: string };
    canAddIn: Net[];
    signedIn: boolean;
  },
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const sel = (
    name: string,
    label: string,
    options: { value: string; label: string }[],
    current?: string,
  ) => (
    <div class="col-12 col-md-6 col-lg-3 select-wrapper mb-4">
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{t("learning.filter.all")}</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return render(
    c,
    { title: t("learning.title"), breadcrumbs: [{ label: t("learning.title") }] },
    <>
      <h1>{t("learning.title")}</h1>
      <p class="lead">{t("learning.lead")}</p>
      {d.signedIn ? (
        <p>
          <a href="/learning/me">{t("learning.me.title")}</a>
        </p>
      ) : null}
      <form method="get" action="/learning" class="mb-4" aria-labelledby="filters-title">
        <h2 id="filters-title" class="h5 mb-4">
          {t("learning.filter.title")}
        </h2>
        <div class="row">
          {sel(
            "network",
            t("learning.filter.network"),
            [...d.networks.values()].map((n) => ({ value: n.slug, label: n.name })),
            d.filter.network,
          )}
          {sel(
            "language",
            t("learning.filter.language"),
            d.facets.languages.map((l) => ({ value: l, label: languageName(lang, l) })),
            d.filter.language,
          )}
          {sel(
            "topic",
            t("learning.filter.topic"),
            d.facets.topics.map((x) => ({ value: x, label: x })),
            d.filter.topic,
          )}
          {sel(
            "format",
            t("learning.filter.format"),
            COURSE_FORMATS.map((x) => ({ value: x, label: t(`learning.format.${x}`) })),
            d.filter.format,
          )}
        </div>
        <button type="submit" class="btn btn-primary">
          {t("learning.filter.apply")}
        </button>
      </form>
      <h2 class="h4">{t("learning.courses", { n: d.courses.length })}</h2>
      {d.courses.length ? (
        <ul class="list-unstyled row">
          {d.courses.map((course) => (
            <li class="col-12 col-lg-6 mb-4">
              <article class="card card-bg h-100">
                <div class="card-body">
                  <CourseBadges t={t} lang={lang} course={course} />
                  <h3 class="h5 card-title" lang={course.language}>
                    <a href={`/learning/courses/${course.slug}`}>{course.title}</a>
                  </h3>
                  {course.summary ? (
                    <p class="card-text" lang={course.language}>
                      {course.summary}
                    </p>
                  ) : null}
                  <p class="small mb-0">{d.networks.get(course.networkId)?.name}</p>
                </div>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("learning.noCourses")}</p>
      )}
      {d.canAddIn.length ? (
        <section aria-labelledby="author-title" class="mt-4">
          <h2 id="author-title" class="h5">
            {t("learning.author.title")}
          </h2>
          <ul>
            {d.canAddIn.map((n) => (
              <>
                <li>
                  <a href={`/networks/${n.slug}/learning/new`}>
                    {t("learning.author.newIn", { network: n.name })}
                  </a>
                </li>
                <li>
                  <a href={`/networks/${n.slug}/learning/curricula/new`}>
                    {t("learning.curricula.newIn", { network: n.name })}
                  </a>
                </li>
              </>
            ))}
          </ul>
        </section>
      ) : null}
    </>,
  );
}
