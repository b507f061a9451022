// A practice's figures tables (CSV attachments) as charts under its "Results": a time series when the
// labels are years, bars otherwise. The caption states what the figures show (first and last value, or
// the largest); the attachment's title names the chart; the file stays in the attachments list.
import type { FC } from "hono/jsx";
import type { Lang, T } from "../../../platform/i18n/index.ts";
import { BarChart, numberFormat, TimeSeries } from "../../../platform/ui/charts/index.ts";
import type { PracticeFigures } from "../open-data/figures.service.ts";

export const FiguresChart: FC<{ t: T; lang: Lang; f: PracticeFigures }> = ({ t, lang, f }) => {
  const { table, media } = f;
  const title = media.title ?? table.valueHeader;
  const id = `figure-${media.id}`;
  const n = numberFormat(lang);
  if (table.years) {
    const points = table.rows
      .map((r) => ({ date: new Date(Date.UTC(Number(r.label), 0, 1)), value: r.value }))
      .sort((a, b) => a.date.getTime() - b.date.getTime());
    const first = points[0]!;
    const last = points.at(-1)!;
    return (
      <TimeSeries
        id={id}
        lang={lang}
        title={title}
        finding={t("practices.figures.seriesFinding", {
          what: table.valueHeader,
          first: n(first.value),
          from: first.date.getUTCFullYear(),
          last: n(last.value),
          to: last.date.getUTCFullYear(),
        })}
        points={points}
        granularity="year"
        dateLabel={table.labelHeader}
        valueLabel={table.valueHeader}
      />
    );
  }
  const data = [...table.rows].sort((a, b) => b.value - a.value);
  return (
    <BarChart
      id={id}
      lang={lang}
      title={title}
      finding={t("practices.figures.barsFinding", {
        what: table.valueHeader,
        label: data[0]!.label,
        value: n(data[0]!.value),
      })}
      data={data}
      categoryLabel={table.labelHeader}
      valueLabel={table.valueHeader}
    />
  );
};
