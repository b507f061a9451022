// Numbers and dates of the charts, always through Intl in the page's language (1.234,5 in Italian,
// 1,234.5 in English). d3-format only does arithmetic here: how many decimals a step needs.
import { precisionFixed } from "d3-format";
import { dateTimeFormat, numberFormat as intlNumberFormat, type Lang, localeOf } from "../../i18n/index.ts";

export type Granularity = "year" | "month" | "day";

/**
 * A number formatter; without options, as many decimals as the value has, up to two. Thousands are
 * always grouped: Italian's rule leaves four-digit numbers ungrouped (1400 but 12.000), which reads
 * unevenly down a column of values. Years pass `{ useGrouping: false }`.
 */
export function numberFormat(lang: Lang, options?: Intl.NumberFormatOptions): (n: number) => string {
  const f = intlNumberFormat(localeOf[lang], {
    useGrouping: "always",
    ...(options ?? { maximumFractionDigits: 2 }),
  });
  return (n) => f.format(n);
}

/** Whole percentages of a share (0.42 → "42 %" in Italian, "42%" in English). */
export const percentFormat = (lang: Lang) =>
  numberFormat(lang, { style: "percent", maximumFractionDigits: 0 });

/** Bounds of intervals `step` wide: the decimals the step needs and no more (0.25 → two). */
export const stepFormat = (lang: Lang, step: number) => {
  const digits = Math.min(20, precisionFixed(step));
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
};

const DATE_PARTS: Record<Granularity, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric" },
  month: { year: "numeric", month: "short" },
  day: { dateStyle: "medium" },
};

/**
 * Dates of a time series at the series' granularity, in UTC: a point stands for a year, a month or
 * a day, not for an instant, so the time zone must not move it into the previous one.
 */
export function dateFormat(lang: Lang, granularity: Granularity): (d: Date) => string {
  const f = dateTimeFormat(localeOf[lang], { ...DATE_PARTS[granularity], timeZone: "UTC" });
  return (d) => f.format(d);
}
