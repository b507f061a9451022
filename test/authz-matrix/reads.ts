// Reading content at each visibility (CONVENTIONS "Visibility"), for the roles the GET matrix
// (test/authz-matrix.test.ts) does not have: PA and non-PA members, a member of another network, a
// board guest and a lab participant. The same content on its page and in the API; a 404 for
// anyone who may not see it. The lab participant is a named participant of every fixture lab (and
// of the participants practice), but in no network.
import type { Fixtures, Statuses, WriteRow } from "../helpers/matrix.ts";

//                                         anon admin coord facil comm   pa  memb oCoor oMemb guest labP
const SEES: Record<string, Statuses> = {
  public: /*                            */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  network: /*                           */ [404, 200, 200, 200, 200, 200, 200, 404, 404, 404, 404],
  pa: /*                                */ [404, 200, 200, 404, 404, 200, 404, 404, 404, 404, 404],
  participants: /*                      */ [404, 200, 200, 404, 404, 404, 404, 404, 404, 404, 200],
};

const cap = (v: string) => v[0]!.toUpperCase() + v.slice(1);
const pages: [string, (f: Fixtures, V: string) => string][] = [
  ["GET /labs/:slug", (f, V) => `/labs/${f[`lab${V}Slug`]}`],
  [
    "GET /labs/:slug/meetings/:meetingSlug",
    (f, V) => `/labs/${f[`lab${V}Slug`]}/meetings/${f[`meeting${V}Slug`]}`,
  ],
  ["GET /practices/:slug", (f, V) => `/practices/${f[`practice${V}Slug`]}`],
  ["GET /api/v1/labs/:id", (f, V) => `/api/v1/labs/${f[`lab${V}Id`]}`],
  ["GET /api/v1/meetings/:id", (f, V) => `/api/v1/meetings/${f[`meeting${V}Id`]}`],
  ["GET /api/v1/practices/:id", (f, V) => `/api/v1/practices/${f[`practice${V}Id`]}`],
];

export function visibilityReads(): WriteRow[] {
  const rows: WriteRow[] = [];
  for (const [v, expect] of Object.entries(SEES))
    for (const [route, url] of pages)
      rows.push({ route, on: `a ${v} one`, send: (f) => ({ path: url(f, cap(v)), method: "GET" }), expect });
  // Funding calls have no participants visibility.
  for (const v of ["network", "pa"])
    rows.push({
      route: "GET /funding/:slug",
      on: `a ${v} call`,
      send: (f) => ({ path: `/funding/${f[`call-${v}`]}`, method: "GET" }),
      expect: SEES[v]!,
    });
  return rows;
}
