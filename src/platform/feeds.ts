// The one feed writer (docs/decisions/0022-feed-writer.md): Atom 1.0 (RFC 4287) and RSS 2.0 from one
// channel and one list of entries, written by feedsmith, which escapes text and attributes and
// splits "]]>" itself. What is ours: the mapping of one entry onto both formats, the removal of the
// characters XML 1.0 forbids even escaped, and RSS's HTML-in-description convention.
// feedsmith (and its XML writer) is loaded by the first feed asked for, not at start: most processes
// never write one, and every module loaded at start counts in idle RSS (decision 0030).
const feedsmith = () => import("feedsmith");

export type FeedEntry = {
  /** Stable and unique for ever: a urn:uuid or the entry's permanent URL. */
  id: string;
  /** Plain text (not HTML). */
  title: string;
  /** Absolute URL of the entry's page. */
  link: string;
  updated: Date;
  published?: Date;
  /** Plain text (not HTML). */
  summary?: string;
  /** HTML that is already safe (rendered Markdown, `remoteHtml`): the full text. */
  contentHtml?: string;
  /** Names of people or organisations. */
  authors?: string[];
  /** `term` is the machine value, `label` what a person reads. */
  categories?: { term: string; label?: string }[];
  /** The language of this entry's text when it differs from the feed's (BCP 47). */
  language?: string;
};

export type FeedChannel = {
  /** Stable id of the feed itself (Atom `<id>`): usually its Atom URL. */
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's language (BCP 47): the reader's, for titles and labels. */
  language: string;
  /** Absolute URL of the HTML page the feed follows. */
  page: string;
  /** Absolute URLs of the feed in each format (each names itself as rel="self"). */
  atomUrl: string;
  rssUrl: string;
  /** The feed's author when an entry names none (Atom requires one per entry or per feed). */
  author?: string;
  /** When anything in the feed last changed: by default the newest entry's `updated`. */
  updated?: Date;
  entries: FeedEntry[];
};

export const FEED_CONTENT_TYPE = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
} as const;

// C0 controls other than tab and line ends, lone surrogates, U+FFFE and U+FFFF: XML 1.0 allows them
// in no form, and a single one makes the whole feed unreadable to a conforming parser.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (s: string) => s.replace(NOT_XML, "");
const cleanOpt = (s: string | undefined) => (s === undefined ? undefined : clean(s));

// RSS 2.0 readers take <description> as HTML: plain text goes in escaped, so "3<4 & co" reads as
// itself and not as a tag.
const htmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const lastUpdate = (c: FeedChannel) =>
  c.updated ?? new Date(Math.max(0, ...c.entries.map((e) => e.updated.getTime())));

/** Atom 1.0: text as type "text", content as type "html", each entry's language as xml:lang. */
export async function atomFeed(c: FeedChannel): Promise<string> {
  const { generateAtomFeed } = await feedsmith();
  return generateAtomFeed({
    id: clean(c.id),
    title: { value: clean(c.title) },
    subtitle: c.subtitle ? { value: clean(c.subtitle) } : undefined,
    xml: { lang: c.language },
    links: [
      { rel: "self", type: "application/atom+xml", href: c.atomUrl },
      { rel: "alternate", type: "text/html", href: c.page },
      { rel: "alternate", type: "application/rss+xml", href: c.rssUrl },
    ],
    updated: lastUpdate(c),
    authors: c.author ? [{ name: clean(c.author) }] : undefined,
    entries: c.entries.map((e) => ({
      id: clean(e.id),
      title: { value: clean(e.title) },
      links: [{ rel: "alternate", type: "text/html", href: e.link }],
      published: e.published,
      updated: e.updated,
      authors: e.authors?.map((name) => ({ name: clean(name) })),
      summary: e.summary ? { value: clean(e.summary) } : undefined,
      content: e.contentHtml ? { type: "html", value: clean(e.contentHtml) } : undefined,
      categories: e.categories?.map((k) => ({ term: clean(k.term), label: cleanOpt(k.label) })),
      xml: e.language ? { lang: e.language } : undefined,
    })),
  });
}

/**
 * RSS 2.0: the id as a guid that is not a permalink, the summary as (escaped) HTML description, the
 * full text as content:encoded, authors, languages and the last change in Dublin Core (RSS's own <author> wants an
 * e-mail address, which a feed must not publish).
 */
export async function rssFeed(c: FeedChannel): Promise<string> {
  const { generateRssFeed } = await feedsmith();
  return generateRssFeed({
    title: clean(c.title),
    link: c.page,
    description: clean(c.subtitle ?? c.title),
    language: c.language,
    lastBuildDate: lastUpdate(c),
    atom: { links: [{ rel: "self", type: "application/rss+xml", href: c.rssUrl }] },
    dc: c.author ? { creators: [clean(c.author)] } : undefined,
    items: c.entries.map((e) => ({
      title: clean(e.title),
      link: e.link,
      guid: { value: clean(e.id), isPermaLink: false },
      pubDate: e.published ?? e.updated,
      description: e.summary ? htmlText(clean(e.summary)) : undefined,
      content: e.contentHtml ? { encoded: clean(e.contentHtml) } : undefined,
      categories: e.categories?.map((k) => ({ name: clean(k.label ?? k.term) })),
      dc: { creators: e.authors?.map(clean), languages: e.language ? [e.language] : undefined },
      // RSS has only pubDate; the last change travels as Dublin Core's "modified".
      dcterms: { modified: [e.updated] },
    })),
  });
}
