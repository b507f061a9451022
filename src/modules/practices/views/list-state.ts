// The catalogue list's state (what the search form and filters select), the data its page is drawn
// from, and the URL of the list for a state: the one place that knows the query parameters.
import type { CatalogueFigures } from "../open-data/figures.service.ts";
import type { SearchResult } from "../search/service.ts";

export type ListState = {
  q: string;
  theme: string[];
  orgType: string[];
  country: string[];
  year: string;
  language: string;
  network: string;
  sort: string;
  page: number;
};

export type NetworkRef = { id: string; slug: string; name: string };

export type ListPageData = {
  state: ListState;
  result: SearchResult | null;
  /** Field errors of an invalid query (the page shows the form again with them). */
  errors: { field: string; message: string }[];
  networks: NetworkRef[];
  /** The catalogue in figures: on the first page of the unfiltered list only. */
  figures?: CatalogueFigures | undefined;
};

/** The id of the search form: filter controls elsewhere on the page join it with `form=`. */
export const FORM = "practice-search";
export const MULTI = ["theme", "orgType", "country"] as const;
export const SINGLE = ["year", "language", "network", "sort"] as const;

/** The list as a visitor arrives at it: no search, no filter, first page (where the figures go). */
export const isLanding = (s: ListState): boolean =>
  !s.q && s.page === 1 && MULTI.every((k) => !s[k].length) && SINGLE.every((k) => k === "sort" || !s[k]);

/** The URL of the list for a state (empty values left out, page 1 left out). */
export function listHref(s: ListState, change: Partial<ListState> = {}): string {
  const n = { ...s, ...change };
  const u = new URLSearchParams();
  if (n.q) u.set("q", n.q);
  for (const k of MULTI) for (const v of n[k]) u.append(k, v);
  for (const k of SINGLE) if (n[k]) u.set(k, n[k]);
  if (n.page > 1) u.set("page", String(n.page));
  const qs = u.toString();
  return qs ? `/practices?${qs}` : "/practices";
}
