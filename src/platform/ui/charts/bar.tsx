// Horizontal bars for counts by category ("practices by theme"). Each label sits above its bar on the
// full width of the chart, wrapped onto more lines when long, so it stays readable at 320 px; the value
// is written at the end of the bar. Negative values grow left from a zero line.

import { max, min } from "d3-array";
import { scaleLinear } from "d3-scale";
import type { FC } from "hono/jsx";
import { numberFormat } from "./format.ts";
import {
  ChartFrame,
  type ChartProps,
  EmptyChart,
  Lines,
  listForDesc,
  VALUE_SIZE,
  WIDTH,
  wrapLabel,
} from "./frame.tsx";
import { fillOf, INK, MUTED, SERIES } from "./paint.tsx";

export type BarDatum = { label: string; value: number };

export type BarChartProps = ChartProps & {
  /** In the order to draw them (sort them first: largest on top reads best). */
  data: BarDatum[];
  /** Headers of the data table's two columns ("Theme", "Practices"). */
  categoryLabel: string;
  valueLabel: string;
  /** Intl options for the values (default: up to two decimals). */
  format?: Intl.NumberFormatOptions;
};

const LINE = 17;
const BAR = 18;
const GAP = 14;

/** Width of a value's text in user units (digits and separators ≈ 0.6 em). */
export const textWidth = (s: string, size = VALUE_SIZE) => s.length * size * 0.6 + 6;

export const BarChart: FC<BarChartProps> = (props) => {
  const { data, lang } = props;
  if (!data.length) return <EmptyChart props={props} kind="bar" />;
  for (const d of data)
    if (!Number.isFinite(d.value)) throw new RangeError(`Bar "${d.label}" has no finite value`);
  const fmt = numberFormat(lang, props.format);
  const texts = data.map((d) => fmt(d.value));
  const lo = Math.min(0, min(data, (d) => d.value)!);
  const hi = Math.max(0, max(data, (d) => d.value)!);
  const room = (neg: boolean) => max(data, (d, i) => (d.value < 0 === neg ? textWidth(texts[i]!) : 0)) ?? 0;
  const x = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .range([room(true), WIDTH - room(false)]);
  const zero = x(0);
  let y = 0;
  const rows = data.map((d, i) => {
    const lines = wrapLabel(d.label);
    const top = y;
    y += lines.length * LINE + 4;
    const barY = y;
    y += BAR + GAP;
    const end = x(d.value);
    const valueX = d.value < 0 ? end - 4 : end + 4;
    return (
      <g class="chart-row">
        <Lines x={0} y={top + 13} lines={lines} />
        {lo < 0 ? (
          <line x1={zero} x2={zero} y1={barY - 3} y2={barY + BAR + 3} stroke={MUTED} stroke-width={1} />
        ) : null}
        {d.value === 0 ? (
          <rect class="chart-mark" x={zero - 1} y={barY} width={2} height={BAR} fill={MUTED} />
        ) : (
          <rect
            class="chart-mark"
            x={Math.min(zero, end)}
            y={barY}
            width={Math.abs(end - zero)}
            height={BAR}
            fill={fillOf(props.id, SERIES)}
            stroke={SERIES.colour}
          />
        )}
        <text
          class="chart-value"
          x={valueX}
          y={barY + BAR / 2 + 4.5}
          font-size={VALUE_SIZE}
          font-weight="600"
          fill={INK}
          text-anchor={d.value < 0 ? "end" : "start"}
        >
          {texts[i]}
        </text>
      </g>
    );
  });
  const height = y - GAP + 2;
  const items = data.map((d, i) => `${d.label}: ${texts[i]}`);
  return (
    <ChartFrame
      props={props}
      kind="bar"
      height={height}
      desc={listForDesc(lang, items)}
      paints={[SERIES]}
      table={{
        head: [props.categoryLabel, props.valueLabel],
        rows: data.map((d, i) => [d.label, texts[i]!]),
      }}
    >
      {rows}
    </ChartFrame>
  );
};
