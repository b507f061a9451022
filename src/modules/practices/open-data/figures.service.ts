// Figures drawn as charts (platform/ui/charts). The catalogue's: how many public practices there
// are, per theme and per start year (public and published only, whoever asks: the figures describe the
// open catalogue, and an anonymous page with them can be cached like any other). A practice's: the
// figures tables attached to it as CSV files (open-data/figures.csv.ts).
import type { Deps } from "../../../platform/deps.ts";
import type { Practice } from "../catalogue/service.ts";
import { mediaFile, type PracticeMedia } from "../media/service.ts";
import { isTheme, type Theme } from "../themes.ts";
import { type FiguresTable, parseFiguresCsv } from "./figures.csv.ts";
import { publicCountsByStartYear, publicCountsByTheme, publicPracticeCount } from "./figures.repo.ts";

export type CatalogueFigures = {
  total: number;
  byTheme: { theme: Theme; count: number }[];
  byStartYear: { year: number; count: number }[];
};

export async function catalogueFigures(deps: Deps): Promise<CatalogueFigures> {
  const [total, themes, years] = await Promise.all([
    publicPracticeCount(deps.db),
    publicCountsByTheme(deps.db),
    publicCountsByStartYear(deps.db),
  ]);
  return {
    total,
    byTheme: themes.flatMap((r) => (isTheme(r.theme) ? [{ theme: r.theme, count: r.count }] : [])),
    byStartYear: years,
  };
}

/**
 * The year in or after which at least half of the practices started: with the n start years sorted,
 * the one at index ⌊n/2⌋ (at least ⌈n/2⌉ practices started in it or later). Null without years.
 */
export function middleStartYear(byStartYear: CatalogueFigures["byStartYear"]): number | null {
  const n = byStartYear.reduce((s, r) => s + r.count, 0);
  if (!n) return null;
  let seen = 0;
  for (const r of byStartYear) {
    seen += r.count;
    if (seen > Math.floor(n / 2)) return r.year;
  }
  return null;
}

export type PracticeFigures = { media: PracticeMedia; table: FiguresTable };

/** The figures tables among a practice's attachments (CSV files), read from the file store. */
export async function practiceFigures(
  deps: Deps,
  practice: Practice,
  media: PracticeMedia[],
): Promise<PracticeFigures[]> {
  const csv = media.filter((m) => m.kind === "attachment" && m.contentType === "text/csv");
  const read = await Promise.all(
    csv.map(async (m) => {
      const table = parseFiguresCsv((await mediaFile(deps, practice, m.id)).bytes);
      return table ? [{ media: m, table }] : [];
    }),
  );
  return read.flat();
}
