// Open data and feeds: the DCAT-AP_IT catalogue, each network's distributions, the Atom and RSS feeds of
// new practices and the human page that lists them. Everything here is public data only (the services
// select public, published practices and public calls), the same for every viewer.
import { Hono } from "hono";
import { FEED_CONTENT_TYPE } from "../../../platform/feeds.ts";
import type { AppEnv, Ctx } from "../../../platform/http/context.ts";
import { FEED_PATHS, type FeedFormat, practicesFeed } from "./feed.ts";
import type { Collection, Format } from "./open-data.ts";
import { openDataPage } from "./page.tsx";
import { catalogue, distribution, openDataIndex } from "./service.ts";
import "./messages.ts";

// Public data, the same for everyone: shared caches may keep it a few minutes.
const PUBLIC = "public, max-age=300";

function serve(c: Ctx, body: string, contentType: string, filename?: string, vary?: string) {
  return c.body(body, 200, {
    ...(vary ? { Vary: vary } : {}),
    "Content-Type": contentType,
    "Cache-Control": PUBLIC,
    "Access-Control-Allow-Origin": "*",
    ...(filename ? { "Content-Disposition": `inline; filename="${filename}"` } : {}),
  });
}

export function openDataRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/open-data", async (c) => openDataPage(c, await openDataIndex(c.get("deps"))));

  r.get("/open-data/catalog.jsonld", async (c) =>
    serve(c, JSON.stringify(await catalogue(c.get("deps")), null, 1), "application/ld+json; charset=utf-8"),
  );

  for (const what of ["practices", "funding"] as Collection[])
    for (const format of ["csv", "json", "jsonld"] as Format[])
      r.get(`/open-data/:network/${what}.${format}`, async (c) => {
        const d = await distribution(c.get("deps"), c.req.param("network"), what, format);
        return serve(c, d.body, d.contentType, d.filename);
      });

  // Registered before the practice pages, whose /practices/:slug would take "feed.xml" for a slug.
  for (const format of ["atom", "rss"] as FeedFormat[])
    r.get(FEED_PATHS[format], async (c) =>
      serve(
        c,
        await practicesFeed(c.get("deps"), c.get("t"), c.get("lang"), format),
        FEED_CONTENT_TYPE[format],
        undefined,
        // The feed's title and theme labels follow the reader's language.
        "Accept-Language, Cookie",
      ),
    );

  return r;
}
