// Server-rendered charts (decision 0026): SVG figures with their finding, text alternative, patterns
// and data table, for any page in Italian or English. No JavaScript, no inline styles.
export { BarChart, type BarChartProps, type BarDatum } from "./bar.tsx";
export { type Granularity, numberFormat } from "./format.ts";
export type { ChartProps } from "./frame.tsx";
export { type Bin, Histogram, type HistogramProps, histogramBins } from "./histogram.tsx";
export { LikertChart, type LikertChartProps, type LikertRow } from "./likert.tsx";
export { type TimePoint, TimeSeries, type TimeSeriesProps } from "./time-series.tsx";
