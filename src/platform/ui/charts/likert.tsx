// A diverging stacked bar for answers on an agreement scale (Likert: "strongly disagree" … "strongly
// agree"). Each question's answers are shares of its total; the negative ones run left of a centre
// line, the positive ones right, the neutral one (odd scales) straddles it. Each level has its colour
// and its pattern, named in a legend above; shares wide enough carry their percentage in white.

import { max, sum } from "d3-array";
import { scaleLinear } from "d3-scale";
import type { FC } from "hono/jsx";
import { translator } from "../../i18n/index.ts";
import { numberFormat, percentFormat } from "./format.ts";
import {
  ChartFrame,
  type ChartProps,
  EmptyChart,
  LABEL_SIZE,
  Lines,
  listForDesc,
  WIDTH,
  wrapLabel,
} from "./frame.tsx";
import { divergingPaints, fillOf, INK } from "./paint.tsx";

export type LikertRow = { label: string; counts: number[] };

export type LikertChartProps = ChartProps & {
  /** The answers, most negative first ("Strongly disagree", …, "Strongly agree"): 2 to 7. */
  levels: string[];
  /** One row per question, a count per level. */
  rows: LikertRow[];
  /** Header of the table's first column ("Statement"). */
  categoryLabel: string;
};

const LINE = 17;
const BAR = 24;
const GAP = 14;
const SWATCH = 14;
/** Narrower shares carry no label (it would not fit); the table has it. */
const MIN_LABEL = 28;

export const LikertChart: FC<LikertChartProps> = (props) => {
  const { levels, rows, lang } = props;
  const paints = divergingPaints(levels.length);
  for (const r of rows)
    if (r.counts.length !== levels.length || r.counts.some((c) => !Number.isFinite(c) || c < 0))
      throw new RangeError(`Row "${r.label}" needs ${levels.length} counts, none negative`);
  if (!rows.length || rows.every((r) => sum(r.counts) === 0))
    return <EmptyChart props={props} kind="likert" />;
  const t = translator(lang);
  const pct = percentFormat(lang);
  const count = numberFormat(lang);
  const half = Math.floor(levels.length / 2);
  const neutral = levels.length % 2 === 1;
  const shares = rows.map((r) => {
    const total = sum(r.counts);
    return r.counts.map((c) => (total ? c / total : 0));
  });
  // Left of the centre: the negative shares and half the neutral one.
  const leftOf = (s: number[]) => sum(s.slice(0, half)) + (neutral ? s[half]! / 2 : 0);
  const reach = Math.max(0.5, max(shares, (s) => Math.max(leftOf(s), 1 - leftOf(s)))!);
  const x = scaleLinear()
    .domain([-reach, reach])
    .range([1, WIDTH - 1]);
  let y = 0;
  const legend = levels.map((level, i) => {
    const lines = wrapLabel(level, 40);
    const top = y;
    y += Math.max(SWATCH + 4, lines.length * LINE);
    return (
      <g class="chart-legend-item">
        <rect
          x={0}
          y={top + 1}
          width={SWATCH}
          height={SWATCH}
          fill={fillOf(props.id, paints[i]!)}
          stroke={paints[i]!.colour}
        />
        <Lines x={SWATCH + 6} y={top + 13} lines={lines} size={13} />
      </g>
    );
  });
  y += 10;
  const bars = rows.map((r, ri) => {
    const lines = wrapLabel(r.label);
    const top = y;
    y += lines.length * LINE + 4;
    const barY = y;
    y += BAR + GAP;
    const s = shares[ri]!;
    const total = sum(r.counts);
    let at = -leftOf(s);
    return (
      <g class="chart-row">
        <Lines x={0} y={top + LABEL_SIZE - 1} lines={lines} />
        {total ? (
          <line x1={x(0)} x2={x(0)} y1={barY - 4} y2={barY + BAR + 4} stroke={INK} stroke-width={1.5} />
        ) : null}
        {total === 0 ? (
          <text
            x={x(0)}
            y={barY + BAR / 2 + 5}
            font-size={13}
            fill={INK}
            text-anchor="middle"
            font-style="italic"
          >
            {t("charts.likert.none")}
          </text>
        ) : (
          s.map((share, li) => {
            const from = x(at);
            at += share;
            const width = x(at) - from;
            if (!share) return null;
            return (
              <g>
                <rect
                  class="chart-mark"
                  x={from}
                  y={barY}
                  width={width}
                  height={BAR}
                  fill={fillOf(props.id, paints[li]!)}
                  stroke="#fff"
                  stroke-width={1.5}
                />
                {width >= MIN_LABEL ? (
                  <text
                    class="chart-value"
                    x={from + width / 2}
                    y={barY + BAR / 2 + 4.5}
                    font-size={12}
                    font-weight="700"
                    fill="#fff"
                    text-anchor="middle"
                  >
                    {pct(share)}
                  </text>
                ) : null}
              </g>
            );
          })
        )}
      </g>
    );
  });
  const height = y - GAP + 4;
  const items = rows.map((r, ri) =>
    sum(r.counts)
      ? `${r.label}: ${levels.map((l, li) => `${l} ${pct(shares[ri]![li]!)}`).join(", ")}`
      : `${r.label}: ${t("charts.likert.none")}`,
  );
  return (
    <ChartFrame
      props={props}
      kind="likert"
      height={height}
      desc={listForDesc(lang, items)}
      paints={paints}
      table={{
        head: [props.categoryLabel, ...levels, t("charts.likert.total")],
        rows: rows.map((r, ri) => [
          r.label,
          ...r.counts.map((c, li) => `${count(c)} (${pct(shares[ri]![li]!)})`),
          count(sum(r.counts)),
        ]),
      }}
    >
      <g class="chart-legend">{legend}</g>
      {bars}
    </ChartFrame>
  );
};
