// The four charts rendered to HTML: the figure and its finding, the SVG's role and its named <title>
// and <desc>, values written on the marks, fills that point at this chart's own patterns, the data
// table row for row, Intl formatting in Italian and English, the empty state, and ids that stay
// unique with two charts on one page.
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { BarChart, Histogram, histogramBins, LikertChart, TimeSeries } from "./index.ts";

const html = (node: unknown) => String(node);
const all = (s: string, re: RegExp) => [...s.matchAll(re)].map((m) => m[1]!);
const idsIn = (s: string) => all(s, / id="([^"]+)"/g);
const valuesOnMarks = (s: string) => all(s, /class="chart-value"[^>]*>([^<]*)</g);
const tableRows = (s: string) =>
  all(s, /<tr>(.*?)<\/tr>/g)
    .slice(1) // the header row
    .map((r) => all(r, /<t[hd][^>]*>([^<]*)</g));

/** The SVG's accessible structure, checked the same way for every chart. */
function expectAccessibleSvg(s: string, id: string, title: string) {
  expect(XMLValidator.validate(s)).toBe(true);
  expect(s).toMatch(/^<div class="chart chart-[a-z-]+" id="[^"]+"><figure class="chart-figure"><figcaption/);
  const svg = /<svg ([^>]*)>/.exec(s)![1]!;
  expect(svg).toContain('role="img"');
  expect(svg).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
  expect(svg).toMatch(/viewBox="0 0 320 \d+"/);
  expect(svg).toContain('width="100%"');
  expect(svg).not.toMatch(/\bheight=/);
  expect(s).toContain(`<title id="${id}-title">${title}</title>`);
  expect(s).toMatch(new RegExp(`<desc id="${id}-desc">[^<]+</desc>`));
  // Every pattern a mark points at is defined in this chart, under this chart's id.
  const defined = new Set(all(s, /<pattern id="([^"]+)"/g));
  for (const ref of all(s, /url\(#([^)]+)\)/g)) {
    expect(defined.has(ref), ref).toBe(true);
    expect(ref.startsWith(`${id}-`)).toBe(true);
  }
  // After the figure: the data table in a disclosure, captioned with the title.
  expect(s).toMatch(/<\/figure><details class="chart-data"><summary>/);
  expect(s).toContain(`<caption>${title}</caption>`);
  // No script and no inline style (CSP style-src 'self').
  expect(s).not.toMatch(/<script|<style|\sstyle=/);
}

const THEMES = [
  { label: "Biblioteche, archivi e patrimonio culturale digitale", value: 1234.5 },
  { label: "Musei", value: 12 },
  { label: "Open data", value: 0 },
];

describe("bar chart", () => {
  const props = {
    id: "by-theme",
    title: "Pratiche per tema",
    finding: "Most practices are about libraries",
    data: THEMES,
    categoryLabel: "Tema",
    valueLabel: "Pratiche",
  };

  it("draws a patterned bar per datum with its value, and the same data in the table", () => {
    const s = html(<BarChart {...props} lang="it" />);
    expectAccessibleSvg(s, "by-theme", "Pratiche per tema");
    expect(s).toContain('<figcaption class="chart-finding">Most practices are about libraries</figcaption>');
    expect(valuesOnMarks(s)).toEqual(["1.234,5", "12", "0"]);
    // Two patterned bars; the zero gets a visible tick instead of a bar of no width.
    expect(all(s, /<rect class="chart-mark"[^>]*fill="([^"]+)"/g)).toEqual([
      "url(#by-theme-pattern-series)",
      "url(#by-theme-pattern-series)",
      "#5c6f82",
    ]);
    expect(tableRows(s)).toEqual([
      ["Biblioteche, archivi e patrimonio culturale digitale", "1.234,5"],
      ["Musei", "12"],
      ["Open data", "0"],
    ]);
    expect(s).toContain('<th scope="col">Tema</th>');
    expect(s).toMatch(
      /<desc[^>]*>Biblioteche, archivi e patrimonio culturale digitale: 1\.234,5; Musei: 12; Open data: 0</,
    );
    expect(s).toContain("<summary>Dati del grafico");
  });

  it("formats numbers in the page's language", () => {
    const en = html(<BarChart {...props} lang="en" />);
    expect(valuesOnMarks(en)).toEqual(["1,234.5", "12", "0"]);
    expect(en).toContain("<summary>Chart data");
    const pct = html(
      <BarChart {...props} lang="it" data={[{ label: "A", value: 0.425 }]} format={{ style: "percent" }} />,
    );
    expect(valuesOnMarks(pct)).toEqual(["43%"]);
  });

  it("wraps a long label above its bar onto lines that fit the 320-unit width", () => {
    const s = html(<BarChart {...props} lang="it" />);
    const lines = all(s, /<tspan[^>]*>([^<]*)</g);
    expect(lines.slice(0, 2)).toEqual(["Biblioteche, archivi e patrimonio", "culturale digitale"]);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(39);
  });

  it("grows negative values left of a zero line, their value before the bar", () => {
    const s = html(
      <BarChart
        {...props}
        lang="en"
        data={[
          { label: "Gain", value: 10 },
          { label: "Loss", value: -5 },
        ]}
      />,
    );
    const bars = all(s, /<rect class="chart-mark" (x="[^"]+" y="[^"]+" width="[^"]+")/g).map((a) =>
      a.match(/[\d.]+/g)!.map(Number),
    );
    const [gain, loss] = bars as [number[], number[]];
    expect(loss[0]! + loss[2]!).toBeCloseTo(gain[0]!, 5); // the loss ends where the gain starts: zero
    expect(s).toMatch(/text-anchor="end">-5</);
    expect(s).toContain("<line");
  });

  it("says there is no data instead of drawing an empty chart", () => {
    const s = html(<BarChart {...props} lang="it" data={[]} />);
    expect(s).not.toContain("<svg");
    expect(s).not.toContain("<table");
    expect(s).toContain('<figcaption class="chart-finding">Pratiche per tema</figcaption>');
    expect(s).toContain("Non ci sono ancora dati da mostrare.");
    expect(html(<BarChart {...props} lang="en" data={[]} />)).toContain("There is no data to show yet.");
  });

  it("refuses a value that is not a number and an id that is not one", () => {
    expect(() => html(<BarChart {...props} lang="it" data={[{ label: "x", value: Number.NaN }]} />)).toThrow(
      RangeError,
    );
    expect(() => html(<BarChart {...props} id='x" onload="alert(1)' lang="it" />)).toThrow(TypeError);
  });
});

describe("two charts on one page", () => {
  it("share no id, and each chart's marks point at its own patterns", () => {
    const base = { title: "T", finding: "F", categoryLabel: "C", valueLabel: "V", lang: "it" as const };
    const page =
      html(<BarChart id="one" {...base} data={THEMES} />) +
      html(<BarChart id="two" {...base} data={THEMES} />) +
      html(
        <LikertChart id="three" {...base} levels={["No", "Sì"]} rows={[{ label: "D", counts: [1, 3] }]} />,
      );
    const ids = idsIn(page);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page).toContain('fill="url(#one-pattern-series)"');
    expect(page).toContain('fill="url(#two-pattern-series)"');
    expect(page).toContain('fill="url(#three-pattern-level-1)"');
  });
});

describe("histogram", () => {
  const props = {
    id: "by-year",
    title: "Practices by start year",
    finding: "Most practices started after 2019",
    binLabel: "Start year",
    valueLabel: "Practices",
    step: 1,
    integer: true,
    format: { useGrouping: false },
  };
  const years = [2014, 2015, 2015, 2019, 2019, 2019, 2020];

  it("counts the values per interval, one bar and one table row per interval", () => {
    const s = html(<Histogram {...props} lang="it" values={years} />);
    expectAccessibleSvg(s, "by-year", "Practices by start year");
    const expected = [
      ["2014", "1"],
      ["2015", "2"],
      ["2016", "0"],
      ["2017", "0"],
      ["2018", "0"],
      ["2019", "3"],
      ["2020", "1"],
    ];
    expect(tableRows(s)).toEqual(expected);
    expect(valuesOnMarks(s)).toEqual(expected.map(([, n]) => n));
    // Empty intervals have no bar; the others are patterned.
    expect(all(s, /<rect class="chart-mark"[^>]*fill="([^"]+)"/g)).toEqual(
      Array(4).fill("url(#by-year-pattern-series)"),
    );
    expect(s).toMatch(/<desc[^>]*>7 valori in 7 intervalli\. 2014: 1; 2015: 2;/);
  });

  it("labels wider intervals with their bounds, in the page's language", () => {
    const bins = histogramBins({ values: [0.5, 1.25, 1.5, 2.75], step: 0.5, lang: "it" });
    expect(bins.map((b) => [b.label, b.count])).toEqual([
      ["0,5–1,0", 1],
      ["1,0–1,5", 1],
      ["1,5–2,0", 1],
      ["2,0–2,5", 0],
      ["2,5–3,0", 1],
    ]);
    const en = histogramBins({ values: [1500, 2600, 3900], step: 1000, lang: "en" });
    expect(en.map((b) => b.label)).toEqual(["1,000–2,000", "2,000–3,000", "3,000–4,000"]);
    const grouped = histogramBins({
      values: [2014, 2016],
      step: 3,
      integer: true,
      lang: "en",
      format: { useGrouping: false },
    });
    expect(grouped.map((b) => b.label)).toEqual(["2013–2015", "2016–2018"]);
  });

  it("takes negative values, leaves out non-numbers, and has an empty state", () => {
    const bins = histogramBins({ values: [-3, -1, Number.NaN, 2], step: 2, lang: "en" });
    expect(bins.map((b) => [b.x0, b.count])).toEqual([
      [-4, 1],
      [-2, 1],
      [0, 0],
      [2, 1],
    ]);
    const empty = html(<Histogram {...props} lang="en" values={[]} />);
    expect(empty).toContain("There is no data to show yet.");
    expect(empty).not.toContain("<svg");
  });
});

describe("time series", () => {
  const year = (y: number) => new Date(Date.UTC(y, 0, 1));
  const props = {
    id: "followers",
    title: "Followers",
    finding: "Followers tripled in three years",
    granularity: "year" as const,
    dateLabel: "Year",
    valueLabel: "Followers",
    points: [
      { date: year(2019), value: 3900 },
      { date: year(2017), value: 1400.5 },
      { date: year(2018), value: 2600 },
    ],
  };

  it("draws a line through a point per date, in date order, with the values on the points", () => {
    const s = html(<TimeSeries {...props} lang="en" />);
    expectAccessibleSvg(s, "followers", "Followers");
    expect(all(s, /(<circle class="chart-mark")/g)).toHaveLength(3);
    expect(valuesOnMarks(s)).toEqual(["1,400.5", "2,600", "3,900"]);
    expect(all(s, /class="chart-tick"[^>]*>([^<]*)</g)).toEqual(["2017", "2018", "2019"]);
    expect(/<path class="chart-line" d="(M[^"]+)"/.exec(s)![1]!.split(" ")).toHaveLength(3);
    expect(tableRows(s)).toEqual([
      ["2017", "1,400.5"],
      ["2018", "2,600"],
      ["2019", "3,900"],
    ]);
    expect(s).toMatch(/<desc[^>]*>from 1,400.5 \(2017\) to 3,900 \(2019\); highest value 3,900 \(2019\)</);
  });

  it("writes dates and numbers in Italian for an Italian page", () => {
    const months = {
      ...props,
      granularity: "month" as const,
      points: [
        { date: new Date(Date.UTC(2024, 0, 1)), value: 1234.5 },
        { date: new Date(Date.UTC(2024, 1, 1)), value: -20 },
      ],
    };
    const s = html(<TimeSeries {...months} lang="it" />);
    expect(tableRows(s)).toEqual([
      ["gen 2024", "1.234,5"],
      ["feb 2024", "-20"],
    ]);
    // Below zero: the label under the point and a dashed zero line.
    expect(s).toContain('stroke-dasharray="4 3"');
  });

  it("has an empty state", () => {
    const s = html(<TimeSeries {...props} points={[]} lang="it" />);
    expect(s).toContain("Non ci sono ancora dati da mostrare.");
  });
});

describe("diverging stacked bar (Likert)", () => {
  const levels = [
    "Per niente d'accordo",
    "In disaccordo",
    "Né d'accordo né in disaccordo",
    "D'accordo",
    "Del tutto d'accordo",
  ];
  const props = {
    id: "agreement",
    title: "Agreement with each statement",
    finding: "Two in three found the toolkit useful",
    categoryLabel: "Statement",
    levels,
    rows: [
      { label: "The toolkit is useful", counts: [2, 3, 5, 20, 30] },
      { label: "Not asked yet", counts: [0, 0, 0, 0, 0] },
    ],
  };

  it("stacks the shares around a centre, each level with its own pattern, named in a legend", () => {
    const s = html(<LikertChart {...props} lang="en" />);
    expectAccessibleSvg(s, "agreement", "Agreement with each statement");
    const patterns = all(s, /<pattern id="([^"]+)"/g);
    expect(patterns).toEqual([0, 1, 2, 3, 4].map((i) => `agreement-pattern-level-${i}`));
    // Legend swatches and segments use all five patterns.
    expect(new Set(all(s, /fill="url\(#([^)]+)\)"/g))).toEqual(new Set(patterns));
    // Shares of 60: 3 %, 5 %, 8 % are too narrow to carry a label; 33 % and 50 % carry theirs.
    expect(valuesOnMarks(s)).toEqual(["33%", "50%"]);
    expect(s).toContain("no answers");
    expect(tableRows(s)).toEqual([
      ["The toolkit is useful", "2 (3%)", "3 (5%)", "5 (8%)", "20 (33%)", "30 (50%)", "60"],
      ["Not asked yet", "0 (0%)", "0 (0%)", "0 (0%)", "0 (0%)", "0 (0%)", "0"],
    ]);
    // The neutral share straddles the centre line: half of it on each side.
    const segs = all(s, /<rect class="chart-mark" (x="[^"]+" y="[^"]+" width="[^"]+")/g).map((a) =>
      a.match(/-?[\d.]+/g)!.map(Number),
    );
    const centre = Number(/<line x1="([^"]+)"/.exec(s.slice(s.lastIndexOf("<line")))![1]);
    const neutral = segs[2]!;
    expect(neutral[0]! + neutral[2]! / 2).toBeCloseTo(centre, 5);
  });

  it("writes percentages in the page's language", () => {
    const s = html(<LikertChart {...props} lang="it" />);
    expect(valuesOnMarks(s)).toEqual(["33%", "50%"]);
    expect(s).toContain("nessuna risposta");
    expect(tableRows(s)[0]!.at(-1)).toBe("60");
  });

  it("refuses negative counts and rows of the wrong length, and has an empty state", () => {
    expect(() =>
      html(<LikertChart {...props} lang="en" rows={[{ label: "x", counts: [1, -1, 0, 0, 0] }]} />),
    ).toThrow(RangeError);
    expect(() => html(<LikertChart {...props} lang="en" rows={[{ label: "x", counts: [1, 2] }]} />)).toThrow(
      RangeError,
    );
    expect(html(<LikertChart {...props} lang="en" rows={[]} />)).toContain("There is no data to show yet.");
    expect(
      html(<LikertChart {...props} lang="en" rows={[{ label: "x", counts: [0, 0, 0, 0, 0] }]} />),
    ).toContain("There is no data to show yet.");
  });
});
