// Atom feed (RFC 4287) of the newest public, published practices: `/practices/feed.xml`. Each entry
// has a stable id (the practice's urn:uuid), its page as the alternate link, the summary, the
// themes as categories and the owning network as author. Contact details are never in it.
import type { Deps } from "../../platform/http/context.ts";
import type { T } from "../../platform/i18n/index.ts";
import { networkById } from "../identity/index.ts";
import { publicPractices } from "./export.repo.ts";
import { themeLabelKey } from "./themes.ts";

const FEED_SIZE = 50;

export const xmlEscape = (s: string) =>
  s
    // Characters XML 1.0 does not allow, even escaped.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

export async function practicesFeed(deps: Deps, t: T, lang: string): Promise<string> {
  const base = deps.config.baseUrl;
  const rows = await publicPractices(deps.db, { limit: FEED_SIZE });
  const networks = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.network_id).filter((x): x is string => Boolean(x)))) {
    const n = await networkById(deps, id).catch(() => null);
    if (n) networks.set(id, n.name);
  }
  const updated = new Date(Math.max(0, ...rows.map((r) => r.updated_at.getTime())));
  const entries = rows.map((r) => {
    const url = `${base}/practices/${r.slug}`;
    const author = (r.network_id && networks.get(r.network_id)) || "Bottega";
    return [
      "  <entry>",
      `    <id>urn:uuid:${r.id}</id>`,
      `    <title>${xmlEscape(r.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `    <published>${(r.published_at ?? r.updated_at).toISOString()}</published>`,
      `    <updated>${r.updated_at.toISOString()}</updated>`,
      `    <author><name>${xmlEscape(author)}</name></author>`,
      `    <summary xml:lang="${r.language}">${xmlEscape(r.summary)}</summary>`,
      ...r.themes.map((th) => `    <category term="${th}" label="${xmlEscape(t(themeLabelKey(th)))}"/>`),
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${xmlEscape(`${base}/practices/feed.xml`)}</id>`,
    `  <title>${xmlEscape(t("openData.feedTitle"))}</title>`,
    `  <subtitle>${xmlEscape(t("openData.feedSubtitle"))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${base}/practices/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(`${base}/practices`)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    "  <author><name>Bottega</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
