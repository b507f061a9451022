// "The catalogue in figures" under the filters of the catalogue's first page: public practices per
// theme (bars, most first) and per start year (histogram), each with a caption that states what it
// shows and the same figures in a table (platform/ui/charts). On phones it follows the results.
import type { FC } from "hono/jsx";
import { formatNumber, type Lang, type T } from "../../../platform/i18n/index.ts";
import { BarChart, Histogram } from "../../../platform/ui/charts/index.ts";
import { type CatalogueFigures, middleStartYear } from "../open-data/figures.service.ts";
import { themeLabelKey } from "../themes.ts";

export const CatalogueFiguresSection: FC<{ t: T; lang: Lang; figures: CatalogueFigures }> = ({
  t,
  lang,
  figures,
}) => {
  const top = figures.byTheme[0];
  const middle = middleStartYear(figures.byStartYear);
  return (
    <section class="practice-figures mt-4" aria-labelledby="figures-heading">
      <h2 id="figures-heading" class="h5">
        {t("practices.figures.heading")}
      </h2>
      <p class="small">{t("practices.figures.note", { n: formatNumber(lang, figures.total) })}</p>
      <BarChart
        id="figure-themes"
        lang={lang}
        title={t("practices.figures.themesTitle")}
        finding={
          top
            ? t("practices.figures.themesFinding", {
                theme: t(themeLabelKey(top.theme)),
                n: formatNumber(lang, top.count),
                total: formatNumber(lang, figures.total),
              })
            : t("practices.figures.themesTitle")
        }
        data={figures.byTheme.map((r) => ({ label: t(themeLabelKey(r.theme)), value: r.count }))}
        categoryLabel={t("practices.figures.theme")}
        valueLabel={t("practices.figures.practices")}
      />
      <Histogram
        id="figure-years"
        lang={lang}
        title={t("practices.figures.yearsTitle")}
        finding={
          middle === null
            ? t("practices.figures.yearsTitle")
            : t("practices.figures.yearsFinding", { year: String(middle) })
        }
        values={figures.byStartYear.flatMap((r) => Array<number>(r.count).fill(r.year))}
        step={1}
        integer
        format={{ useGrouping: false }}
        binLabel={t("practices.figures.startYear")}
        valueLabel={t("practices.figures.practices")}
      />
    </section>
  );
};
