// A histogram: how many values fall in each interval ("practices by start year"). d3-array bins the
// values; each bar carries its count, each interval its label under the axis (every other one, or
// fewer, when they would overlap; the data table has them all).
import { bin, max, range } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import type { FC } from "hono/jsx";
import { translator } from "../../i18n/index.ts";
import { textWidth } from "./bar.tsx";
import { numberFormat, stepFormat } from "./format.ts";
import { ChartFrame, type ChartProps, EmptyChart, listForDesc, VALUE_SIZE, WIDTH } from "./frame.tsx";
import { fillOf, INK, MUTED, SERIES } from "./paint.tsx";

export type HistogramProps = ChartProps & {
  values: number[];
  /** Width of each interval; without it d3's Sturges rule picks "nice" intervals. */
  step?: number;
  /** Whole numbers (years, ages): an interval one wide reads "2019", a wider one "2019–2021". */
  integer?: boolean;
  /** Intl options for the interval bounds (years: `{ useGrouping: false }`, or 2019 reads 2.019). */
  format?: Intl.NumberFormatOptions;
  /** Headers of the data table ("Start year", "Practices"). */
  binLabel: string;
  valueLabel: string;
};

export type Bin = { x0: number; x1: number; count: number; label: string };

const TOP = 22;
const PLOT = 150;
const AXIS = 22;

/** The intervals and their counts; non-finite values are left out. */
export function histogramBins(
  p: Pick<HistogramProps, "values" | "step" | "integer" | "format" | "lang">,
): Bin[] {
  const values = p.values.filter(Number.isFinite);
  if (!values.length) return [];
  const binner = bin();
  if (p.step) {
    if (!(p.step > 0)) throw new RangeError("A histogram's step is positive");
    const step = p.step;
    const lo = Math.floor(Math.min(...values) / step) * step;
    const hi = (Math.floor(Math.max(...values) / step) + 1) * step;
    // Thresholds rounded to the step's decimals, so 0.1 steps do not drift to 0.30000000000000004.
    const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
    binner
      .domain([lo, hi])
      .thresholds(range(1, Math.round((hi - lo) / step)).map((k) => +(lo + k * step).toFixed(digits)));
  }
  const bins = binner(values);
  const width = (bins[0]!.x1 ?? 0) - (bins[0]!.x0 ?? 0);
  const fmt = p.format ? numberFormat(p.lang, p.format) : stepFormat(p.lang, width || 1);
  return bins.map((b) => {
    const x0 = b.x0!;
    const x1 = b.x1!;
    const to = p.integer ? x1 - 1 : x1;
    return { x0, x1, count: b.length, label: p.integer && to <= x0 ? fmt(x0) : `${fmt(x0)}–${fmt(to)}` };
  });
}

export const Histogram: FC<HistogramProps> = (props) => {
  const bins = histogramBins(props);
  if (!bins.length) return <EmptyChart props={props} kind="histogram" />;
  const t = translator(props.lang);
  const count = numberFormat(props.lang);
  const widest = max(bins, (b) => textWidth(b.label, 12))!;
  // Room at the ends for the first and last labels when they are wider than their bars.
  const pad = Math.max(0, (widest - WIDTH / bins.length) / 2);
  const x = scaleBand<number>()
    .domain(bins.map((_, i) => i))
    .range([pad, WIDTH - pad])
    .paddingInner(0.12);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bins, (b) => b.count)!)])
    .range([TOP + PLOT, TOP]);
  const band = x.bandwidth();
  const every = Math.max(1, Math.ceil(widest / x.step()));
  const base = TOP + PLOT;
  const n = bins.reduce((s, b) => s + b.count, 0);
  const items = bins.map((b) => `${b.label}: ${count(b.count)}`);
  return (
    <ChartFrame
      props={props}
      kind="histogram"
      height={base + AXIS}
      desc={`${t("charts.histogram", { n: count(n), bins: count(bins.length) })}. ${listForDesc(props.lang, items)}`}
      paints={[SERIES]}
      table={{ head: [props.binLabel, props.valueLabel], rows: bins.map((b) => [b.label, count(b.count)]) }}
    >
      {bins.map((b, i) => {
        const left = x(i)!;
        const top = y(b.count);
        return (
          <g class="chart-row">
            {b.count ? (
              <rect
                class="chart-mark"
                x={left}
                y={top}
                width={band}
                height={base - top}
                fill={fillOf(props.id, SERIES)}
                stroke={SERIES.colour}
              />
            ) : null}
            <text
              class="chart-value"
              x={left + band / 2}
              y={top - 5}
              font-size={band < textWidth(count(b.count)) ? 10 : VALUE_SIZE}
              font-weight="600"
              fill={INK}
              text-anchor="middle"
            >
              {count(b.count)}
            </text>
            {i % every === 0 ? (
              <text
                class="chart-tick"
                x={left + band / 2}
                y={base + 16}
                font-size={12}
                fill={INK}
                text-anchor="middle"
              >
                {b.label}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={0} x2={WIDTH} y1={base} y2={base} stroke={MUTED} stroke-width={1} />
    </ChartFrame>
  );
};
