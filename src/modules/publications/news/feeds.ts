// The column's feeds, Atom and RSS 2.0, per network and across networks, through platform/feeds:
// public items only whoever asks (a feed is fetched without a session and cached by readers), each
// entry's id its item's urn:uuid, which an edit never changes; `updated` follows edits.
import type { Deps } from "../../../platform/deps.ts";
import { atomFeed, type FeedChannel, type FeedEntry, rssFeed } from "../../../platform/feeds.ts";
import type { T } from "../../../platform/i18n/index.ts";
import { renderMarkdown } from "../../../platform/markdown.ts";
import { listNetworks } from "../../identity/index.ts";
import { newsItemPath, publicNews } from "./news.service.ts";

export async function newsFeed(
  deps: Deps,
  t: T,
  lang: string,
  format: "atom" | "rss",
  network?: { id: string; slug: string; name: string },
): Promise<string> {
  const base = deps.config.baseUrl;
  const items = await publicNews(deps, network?.id);
  const slugs = new Map((await listNetworks(deps)).map((n) => [n.id, n.slug]));
  const path = network ? `/networks/${network.slug}/news` : "/news";
  const entries: FeedEntry[] = items.map((item) => ({
    id: `urn:uuid:${item.id}`,
    title: item.title,
    link: `${base}${newsItemPath(slugs.get(item.networkId) ?? "", item.id)}`,
    updated: item.updatedAt,
    published: item.publishedAt ?? undefined,
    summary: item.summary,
    contentHtml: renderMarkdown(item.body, { userContent: true }),
    authors: [item.bylineName, item.bylineOrganisation].filter((a): a is string => Boolean(a)),
    categories: item.tags.map((tag) => ({ term: tag })),
    language: item.language,
  }));
  const channel: FeedChannel = {
    id: `${base}${path}/feed.xml`,
    title: network
      ? t("publications.news.columnOf", { network: network.name })
      : t("publications.news.title"),
    subtitle: t("publications.news.lead"),
    language: lang,
    page: `${base}${path}`,
    atomUrl: `${base}${path}/feed.xml`,
    rssUrl: `${base}${path}/feed.rss`,
    author: network?.name ?? "Bottega",
    updated: entries.length ? undefined : new Date(0),
    entries,
  };
  return format === "atom" ? atomFeed(channel) : rssFeed(channel);
}
