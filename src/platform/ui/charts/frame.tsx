// What every chart shares: a <figure> whose caption states the finding, the SVG (role="img", named by
// its <title> and <desc>, a viewBox and width 100% so it reflows down to 320 px), the pattern defs, and
// after the figure the same data as a table inside a <details> (a native disclosure: keyboard and
// screen readers reach it without JavaScript). No data: the caption and a plain message, no SVG.
import type { Child, FC } from "hono/jsx";
import { type Lang, translator } from "../../i18n/index.ts";
import { type Paint, PatternDefs } from "./paint.tsx";
import "./messages.ts";

/** What the caller of any chart gives. */
export type ChartProps = {
  /** Unique on the page (letters, digits, dashes): every id inside the chart starts with it. */
  id: string;
  lang: Lang;
  /** What the chart shows ("Practices by theme"): the SVG's <title> and the table's caption. */
  title: string;
  /** The sentence the reader should take away ("Most practices are about libraries"). */
  finding: string;
};

export type DataTable = {
  head: string[];
  /** One row per datum: its label first (a row header), then its cells. */
  rows: string[][];
};

/** SVG user units across: narrow enough that 14-unit labels stay ≥ 12 px on a 320 px screen. */
export const WIDTH = 320;
export const LABEL_SIZE = 14;
export const VALUE_SIZE = 13;
/** Characters of a label per line at LABEL_SIZE (Titillium's average glyph is about 0.55 em). */
export const LABEL_CHARS = Math.floor(WIDTH / (LABEL_SIZE * 0.55)) - 2;

const ID = /^[a-z][a-z0-9-]*$/i;

export function checkId(id: string): string {
  if (!ID.test(id)) throw new TypeError(`A chart id is letters, digits and dashes: ${JSON.stringify(id)}`);
  return id;
}

/** A label split into lines of at most `max` characters, at spaces where it can. */
export function wrapLabel(label: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.trim().split(/\s+/)) {
    for (let w = word; w; ) {
      const room = line ? max - line.length - 1 : max;
      if (w.length <= room) {
        line = line ? `${line} ${w}` : w;
        w = "";
      } else if (line) {
        lines.push(line);
        line = "";
      } else {
        lines.push(w.slice(0, max));
        w = w.slice(max);
      }
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/** Up to `max` "label: value" items, then how many more the table holds. */
export function listForDesc(lang: Lang, items: string[], max = 20): string {
  const shown = items.slice(0, max).join("; ");
  return items.length > max
    ? `${shown}; ${translator(lang)("charts.more", { n: items.length - max })}`
    : shown;
}

export const ChartFrame: FC<{
  props: ChartProps;
  kind: string;
  height: number;
  desc: string;
  paints: Paint[];
  table: DataTable;
  children?: Child;
}> = ({ props, kind, height, desc, paints, table, children }) => {
  const id = checkId(props.id);
  const t = translator(props.lang);
  return (
    <div class={`chart chart-${kind}`} id={id}>
      <figure class="chart-figure">
        <figcaption class="chart-finding">{props.finding}</figcaption>
        <svg
          class="chart-svg"
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${WIDTH} ${Math.ceil(height)}`}
          width="100%"
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={`${id}-title`}>{props.title}</title>
          <desc id={`${id}-desc`}>{desc}</desc>
          <PatternDefs chartId={id} paints={paints} />
          {children}
        </svg>
      </figure>
      <details class="chart-data">
        <summary>
          {t("charts.data")}
          <span class="visually-hidden">: {props.title}</span>
        </summary>
        <div class="table-responsive">
          <table class="table table-sm chart-table">
            <caption>{props.title}</caption>
            <thead>
              <tr>
                {table.head.map((h, i) => (
                  <th scope="col" class={i ? "text-end" : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([label, ...cells]) => (
                <tr>
                  <th scope="row">{label}</th>
                  {cells.map((c) => (
                    <td class="text-end">{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
};

/** No data: the chart's title as the caption and a plain sentence saying so. */
export const EmptyChart: FC<{ props: ChartProps; kind: string }> = ({ props, kind }) => (
  <div class={`chart chart-${kind} chart-empty`} id={checkId(props.id)}>
    <figure class="chart-figure">
      <figcaption class="chart-finding">{props.title}</figcaption>
      <p class="chart-empty-message">{translator(props.lang)("charts.empty")}</p>
    </figure>
  </div>
);

/** Text with lines at `lineHeight` from the first baseline `y`. */
export const Lines: FC<{ x: number; y: number; lines: string[]; size?: number; lineHeight?: number }> = (
  p,
) => (
  <text x={p.x} y={p.y} font-size={p.size ?? LABEL_SIZE} fill="#1a1a1a">
    {p.lines.map((l, i) => (
      <tspan x={p.x} dy={i ? (p.lineHeight ?? 17) : 0}>
        {l}
      </tspan>
    ))}
  </text>
);
