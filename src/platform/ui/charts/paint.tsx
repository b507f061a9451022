// Colours and patterns of the marks. Every fill is a colour with at least 4.5:1 against the white
// page (so marks pass the 3:1 of WCAG 1.4.11, and white text on them 4.5:1) and a pattern of its own
// drawn over it in a darker shade (WCAG 1.4.1: a series is told apart by its pattern too, in print
// and for people who do not see the colours). Pattern ids start with the chart's id: two charts on
// one page never point at each other's definitions.
import type { FC } from "hono/jsx";

export const INK = "#1a1a1a"; // text on the page background (17:1)
export const MUTED = "#5c6f82"; // axes and separators (5.2:1)
export const PRIMARY = "#0066cc"; // Bootstrap Italia's primary blue (5.6:1)

export type PatternKind =
  | "solid"
  | "diagonal"
  | "back-diagonal"
  | "cross"
  | "dots"
  | "horizontal"
  | "vertical";

export type Paint = { key: string; colour: string; pattern: PatternKind };

export const patternId = (chartId: string, key: string) => `${chartId}-pattern-${key}`;
export const fillOf = (chartId: string, p: Paint) => `url(#${patternId(chartId, p.key)})`;

const STROKE = { stroke: "#000", "stroke-opacity": 0.45, "stroke-width": 2 };

const Lines: FC<{ kind: PatternKind }> = ({ kind }) => {
  switch (kind) {
    case "solid":
      return null;
    case "diagonal":
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...STROKE} />;
    case "back-diagonal":
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...STROKE} />;
    case "cross":
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...STROKE} />;
    case "dots":
      return <circle cx={4} cy={4} r={1.6} fill="#000" fill-opacity={0.5} />;
    case "horizontal":
      return <path d="M0,4 h8" {...STROKE} />;
    case "vertical":
      return <path d="M4,0 v8" {...STROKE} />;
  }
};

/** The `<defs>` of a chart: one 8×8 pattern per paint it uses. */
export const PatternDefs: FC<{ chartId: string; paints: Paint[] }> = ({ chartId, paints }) => (
  <defs>
    {paints.map((p) => (
      <pattern id={patternId(chartId, p.key)} width={8} height={8} patternUnits="userSpaceOnUse">
        <rect width={8} height={8} fill={p.colour} />
        <Lines kind={p.pattern} />
      </pattern>
    ))}
  </defs>
);

/** The one paint of a single-series chart (bars, histogram). */
export const SERIES: Paint = { key: "series", colour: PRIMARY, pattern: "diagonal" };

// Diverging scales: reds and oranges for the negative side, blues for the positive side, grey for the
// middle; the strongest answers at the ends. Each side has up to three steps.
const NEGATIVE: Record<number, string[]> = {
  1: ["#c2410c"],
  2: ["#8a1538", "#c2410c"],
  3: ["#8a1538", "#a61b29", "#c2410c"],
};
const POSITIVE: Record<number, string[]> = {
  1: ["#0066cc"],
  2: ["#0066cc", "#003366"],
  3: ["#0066cc", "#004d99", "#003366"],
};
// Patterns mirror each other: the strongest negative is cross-hatched, the strongest positive solid.
const NEGATIVE_PATTERNS: Record<number, PatternKind[]> = {
  1: ["back-diagonal"],
  2: ["cross", "back-diagonal"],
  3: ["cross", "horizontal", "back-diagonal"],
};
const POSITIVE_PATTERNS: Record<number, PatternKind[]> = {
  1: ["diagonal"],
  2: ["diagonal", "solid"],
  3: ["diagonal", "vertical", "solid"],
};

/** Paints of a diverging scale of `n` levels (2 to 7), from the most negative to the most positive. */
export function divergingPaints(n: number): Paint[] {
  if (!Number.isInteger(n) || n < 2 || n > 7)
    throw new RangeError(`A diverging scale has 2 to 7 levels, not ${n}`);
  const side = Math.floor(n / 2);
  const paint = (colours: string[], patterns: PatternKind[]) =>
    colours.map((colour, i) => ({ colour, pattern: patterns[i]! }));
  const middle = n % 2 ? [{ colour: MUTED, pattern: "dots" as const }] : [];
  return [
    ...paint(NEGATIVE[side]!, NEGATIVE_PATTERNS[side]!),
    ...middle,
    ...paint(POSITIVE[side]!, POSITIVE_PATTERNS[side]!),
  ].map((p, i) => ({ key: `level-${i}`, ...p }));
}
