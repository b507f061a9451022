// Related practices sharing a practice's themes, at the foot of its page. (The sessions it came from
// and the funding calls linked to it are other modules' fills of the page's slot.)
import type { FC } from "hono/jsx";
import type { Lang, T } from "../../../platform/i18n/index.ts";
import { ThemeChips } from "./shared.tsx";
import type { ShowPageData } from "./show-data.ts";

export const RelatedPractices: FC<{ t: T; lang: Lang; d: ShowPageData }> = ({ t, lang, d }) =>
  d.related.length ? (
    <section aria-labelledby="related-heading" class="mt-4">
      <h2 id="related-heading" class="h4">
        {t("practices.pages.related")}
      </h2>
      <ul class="row list-unstyled g-3">
        {d.related.map((r) => (
          <li class="col-12 col-md-6">
            <div class="card card-bg h-100 practice-card" lang={r.language === lang ? undefined : r.language}>
              <div class="card-body">
                <h3 class="card-title h6">
                  <a href={`/practices/${r.slug}`}>{r.title}</a>
                </h3>
                <p class="card-text small">{r.summary}</p>
                <ThemeChips
                  t={t}
                  themes={r.themes.filter((x) => d.practice.themes.includes(x))}
                  label={t("practices.pages.sharedThemes")}
                />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  ) : null;
