// Feeds of the newest public, published practices, Atom at `/practices/feed.xml` and RSS 2.0 at
// `/practices/rss.xml`, both written by the platform's feed writer from one list. Each entry has a
// stable id (the practice's urn:uuid), its page as the link, the summary in the practice's language,
// the themes as categories and the owning network as author. Contact details are never in it.
import type { Deps } from "../../../platform/deps.ts";
import { atomFeed, type FeedChannel, rssFeed } from "../../../platform/feeds.ts";
import type { T } from "../../../platform/i18n/index.ts";
import { networkById } from "../../identity/index.ts";
import { themeLabelKey } from "../themes.ts";
import { publicPractices } from "./export.repo.ts";

const FEED_SIZE = 50;

export const FEED_PATHS = { atom: "/practices/feed.xml", rss: "/practices/rss.xml" } as const;
export type FeedFormat = keyof typeof FEED_PATHS;

async function practicesChannel(deps: Deps, t: T, lang: string): Promise<FeedChannel> {
  const base = deps.config.baseUrl;
  const rows = await publicPractices(deps.db, { limit: FEED_SIZE });
  const networks = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.network_id).filter((x): x is string => Boolean(x)))) {
    const n = await networkById(deps, id).catch(() => null);
    if (n) networks.set(id, n.name);
  }
  return {
    id: `${base}${FEED_PATHS.atom}`,
    title: t("openData.feedTitle"),
    subtitle: t("openData.feedSubtitle"),
    language: lang,
    page: `${base}/practices`,
    atomUrl: `${base}${FEED_PATHS.atom}`,
    rssUrl: `${base}${FEED_PATHS.rss}`,
    author: "Bottega",
    entries: rows.map((r) => ({
      id: `urn:uuid:${r.id}`,
      title: r.title,
      link: `${base}/practices/${r.slug}`,
      published: r.published_at ?? r.updated_at,
      updated: r.updated_at,
      authors: [(r.network_id && networks.get(r.network_id)) || "Bottega"],
      summary: r.summary,
      language: r.language,
      categories: r.themes.map((th) => ({ term: th, label: t(themeLabelKey(th)) })),
    })),
  };
}

export async function practicesFeed(deps: Deps, t: T, lang: string, format: FeedFormat): Promise<string> {
  const channel = await practicesChannel(deps, t, lang);
  return format === "atom" ? atomFeed(channel) : rssFeed(channel);
}
