// Listing the catalogue without a query (search/repo.ts has the text search and the pieces both
// share): filtered, visible, newest first, with facets and a total that is exact for small sets and
// estimated on the 1-in-SAMPLE sample for large ones.
import { sql } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import { hitsJson } from "./hits.repo.ts";
import { run, type Statements } from "./prepared.repo.ts";
import {
  CAP,
  FACETS,
  filterQuery,
  IN_SAMPLE,
  IN_SAMPLE_SMALL,
  INDEXED,
  SAMPLE,
  SAMPLE_SMALL,
  type SearchFilter,
  type SearchRows,
  type Viewer,
  where,
} from "./repo.ts";

/** Rows a listing reads to count a set the sample says is small (< 2 × CAP, all but surely). */
const SMALL_MAX = 4 * CAP;

/**
 * Listing without a query: filtered, visible, newest first. A small filtered set (< 2 × CAP, as the
 * sample says) is counted exactly in the same scan whose first CAP + 1 rows give the facets. A larger one is
 * counted on the 1-in-SAMPLE sample (an index-only scan of its covering index, ≤ 1/8 of the
 * catalogue; counting every row cost ≈ 10 ms at 100,000 practices) and scaled: an estimate, said
 * so; its facets come from ≈ CAP of the sample's rows, chosen by more bits of the same hash so
 * that they spread over the whole catalogue (not its newest rows, the index's order). With two
 * filters or more the set is read first instead, up to 2 × CAP rows, and the sample asked only
 * when it has more.
 */
export async function searchAll(
  db: Db,
  statements: Statements,
  o: { viewer: Viewer; filter: SearchFilter; offset: number; limit: number },
): Promise<SearchRows> {
  const w = where(o.viewer, o.filter);
  const sampleMin = Math.ceil((2 * CAP) / SAMPLE);
  // Two filters or more usually leave a small set: then reading it first (up to 2 × CAP rows)
  // costs less than asking the sample first, which reads the sample's index whatever the set.
  const filters = Object.values(o.filter).filter(
    (v) => v !== undefined && (!Array.isArray(v) || v.length),
  ).length;
  const probeFirst = filters >= 2;
  const smallMax = probeFirst ? 2 * CAP : SMALL_MAX;
  // The whole set, when it is read: through the text index's filter lexemes when there are some
  // (GIN intersects them, cheaper than ANDing one bitmap per filter), the rest checked on the row.
  const tags = filterQuery(o.filter);
  const set = tags ? sql`${INDEXED} @@ ${tags}::tsquery and ${where(o.viewer, o.filter, true)}` : w;
  const [r] = await run(
    db,
    statements,
    sql<SearchRows>`
    with probe as materialized (select s.facet_line from practice_search s where ${sql.lit(probeFirst)} and ${set}
      limit ${sql.lit(2 * CAP + 1)}),
    -- The 1-in-SAMPLE_SMALL sample counted first (its own covering index, an eighth of the other):
    -- when it holds sampleMin rows the set is ≳ 16,000 practices, and it alone gives total and facets.
    sc64 as (select count(*) as n from practice_search s
      where not ${sql.lit(probeFirst)} and ${IN_SAMPLE_SMALL} and ${w}),
    big64 as (select n >= ${sql.lit(sampleMin)} as big,
      greatest(1, floor(${sql.lit(64 * CAP)}::float8 / greatest(n, 1)))::int as part from sc64),
    sc as (select count(*) as n from practice_search s
      where not (select big from big64)
        and (not ${sql.lit(probeFirst)} or (select count(*) from probe) > ${sql.lit(2 * CAP)}) and ${IN_SAMPLE} and ${w}),
    big as (select (select big from big64) or case when ${sql.lit(probeFirst)} then (select count(*) from probe) > ${sql.lit(2 * CAP)}
        else n >= ${sql.lit(sampleMin)} end as big,
      -- 64ths of the sample to keep for facets: about CAP rows
      greatest(1, floor(${sql.lit(64 * CAP)}::float8 / greatest(n, 1)))::int as part from sc),
    -- A small set: all of it (up to a bound the sample makes all but certain), counted here.
    small as materialized (
      (select facet_line from probe where ${sql.lit(probeFirst)})
      union all
      (select s.facet_line from practice_search s where not ${sql.lit(probeFirst)} and not (select big from big)
        and ${set} limit ${sql.lit(SMALL_MAX + 1)})
    ),
    m as materialized (
      (select s.facet_line from practice_search s where (select big from big64) and ${IN_SAMPLE_SMALL}
        and ((uuid_hash(s.practice_id) >> 6) & 63) < (select part from big64) and ${w} limit ${sql.lit(CAP + 1)})
      union all
      (select s.facet_line from practice_search s where (select big from big) and not (select big from big64)
        and ${IN_SAMPLE} and ((uuid_hash(s.practice_id) >> 3) & 63) < (select part from big) and ${w}
        limit ${sql.lit(CAP + 1)})
      union all
      (select facet_line from small where not (select big from big) limit ${sql.lit(CAP + 1)})
    ),
    mc as (select count(*) as n from m),
    page as (select s.practice_id as id, null::real as rank, s.published_at from practice_search s where ${w}
      order by s.published_at desc, s.practice_id desc offset ${o.offset} limit ${o.limit})
    select mc.n::int as sampled, ${FACETS} as facets, not big.big as "totalExact",
      not big.big and mc.n <= ${sql.lit(CAP)} as "facetsExact",
      case when big64.big then sc64.n * ${sql.lit(SAMPLE_SMALL)}
        when big.big then greatest(sc.n * ${sql.lit(SAMPLE)}, ${sql.lit(probeFirst ? 2 * CAP + 1 : 0)})
        when (select count(*) from small) <= ${sql.lit(smallMax)} then (select count(*) from small)
        else (select count(*) from practice_search s where ${w}) end::int as total,
      ${hitsJson(false)} as page
    from mc, sc, sc64, big, big64
  `,
  );
  return r!;
}
