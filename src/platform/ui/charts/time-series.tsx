// A time series: a line through one point per date ("followers per year"). The points are the marks
// and carry their values (all of them up to 12 points; beyond, the first, the last, the lowest and the
// highest, so the labels never pile up: the data table has every value). The value axis includes zero:
// a line that starts at 1,400 must not look like it started at nothing.
import { extent, max, maxIndex, minIndex } from "d3-array";
import { scaleLinear, scaleUtc } from "d3-scale";
import type { FC } from "hono/jsx";
import { translator } from "../../i18n/index.ts";
import { textWidth } from "./bar.tsx";
import { dateFormat, type Granularity, numberFormat } from "./format.ts";
import { ChartFrame, type ChartProps, EmptyChart, VALUE_SIZE, WIDTH } from "./frame.tsx";
import { INK, MUTED, PRIMARY } from "./paint.tsx";

export type TimePoint = { date: Date; value: number };

export type TimeSeriesProps = ChartProps & {
  points: TimePoint[];
  /** What one point stands for: dates are written as a year, a month or a day. */
  granularity: Granularity;
  /** Headers of the data table ("Year", "Followers"). */
  dateLabel: string;
  valueLabel: string;
  format?: Intl.NumberFormatOptions;
};

const TOP = 24;
const PLOT = 150;
const AXIS = 24;
const ALL_LABELS = 12;

export const TimeSeries: FC<TimeSeriesProps> = (props) => {
  const { lang } = props;
  for (const p of props.points)
    if (!Number.isFinite(p.value) || Number.isNaN(p.date.getTime()))
      throw new RangeError("A time series point needs a date and a finite value");
  const points = [...props.points].sort((a, b) => a.date.getTime() - b.date.getTime());
  if (!points.length) return <EmptyChart props={props} kind="time-series" />;
  const fmt = numberFormat(lang, props.format);
  const when = dateFormat(lang, props.granularity);
  const values = points.map((p) => fmt(p.value));
  const dates = points.map((p) => when(p.date));
  // Half the widest label at each end, so the first and last are not cut.
  const pad =
    Math.max(max(values, (v) => textWidth(v))!, textWidth(dates[0]!, 12), textWidth(dates.at(-1)!, 12)) / 2 +
    2;
  const [first, last] = extent(points, (p) => p.date) as [Date, Date];
  const x = scaleUtc()
    .domain(first.getTime() === last.getTime() ? [first, new Date(first.getTime() + 1)] : [first, last])
    .range(points.length === 1 ? [WIDTH / 2, WIDTH / 2] : [pad, WIDTH - pad]);
  const lo = Math.min(0, ...points.map((p) => p.value));
  const hi = Math.max(0, ...points.map((p) => p.value));
  const y = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .range([TOP + PLOT, TOP]);
  const xy = points.map((p) => [x(p.date), y(p.value)] as const);
  const top = maxIndex(points, (p) => p.value);
  const bottom = minIndex(points, (p) => p.value);
  const labelled = (i: number) =>
    points.length <= ALL_LABELS || i === 0 || i === points.length - 1 || i === top || i === bottom;
  const every = Math.max(
    1,
    Math.ceil(textWidth(dates.at(-1)!, 12) / ((WIDTH - 2 * pad) / Math.max(1, points.length - 1))),
  );
  const base = TOP + PLOT;
  const t = translator(lang);
  const desc = t("charts.series", {
    first: values[0]!,
    firstDate: dates[0]!,
    last: values.at(-1)!,
    lastDate: dates.at(-1)!,
    max: values[top]!,
    maxDate: dates[top]!,
  });
  return (
    <ChartFrame
      props={props}
      kind="time-series"
      height={base + AXIS}
      desc={desc}
      paints={[]}
      table={{
        head: [props.dateLabel, props.valueLabel],
        rows: points.map((_, i) => [dates[i]!, values[i]!]),
      }}
    >
      <line
        x1={0}
        x2={WIDTH}
        y1={y(0)}
        y2={y(0)}
        stroke={MUTED}
        stroke-width={1}
        stroke-dasharray={lo < 0 ? "4 3" : undefined}
      />
      <path
        class="chart-line"
        d={xy.map(([px, py], i) => `${i ? "L" : "M"}${px.toFixed(1)},${py.toFixed(1)}`).join(" ")}
        fill="none"
        stroke={PRIMARY}
        stroke-width={2.5}
        stroke-linejoin="round"
      />
      {xy.map(([px, py], i) => (
        <g class="chart-row">
          <circle
            class="chart-mark"
            cx={px}
            cy={py}
            r={4.5}
            fill={PRIMARY}
            stroke="#fff"
            stroke-width={1.5}
          />
          {labelled(i) ? (
            <text
              class="chart-value"
              x={px}
              y={points[i]!.value < 0 ? py + 18 : py - 9}
              font-size={VALUE_SIZE}
              font-weight="600"
              fill={INK}
              text-anchor="middle"
              stroke="#fff"
              stroke-width={3}
              paint-order="stroke"
            >
              {values[i]}
            </text>
          ) : null}
          {(points.length - 1 - i) % every === 0 ? (
            <text class="chart-tick" x={px} y={base + 17} font-size={12} fill={INK} text-anchor="middle">
              {dates[i]}
            </text>
          ) : null}
        </g>
      ))}
    </ChartFrame>
  );
};
