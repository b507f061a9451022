// The feed writer's two outputs, read back by a real XML parser: the same entries, links and dates in
// both, and text that looks like markup ("<", "&", "]]>", control characters) arriving as text.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed, type FeedChannel, rssFeed } from "./feeds.ts";

const HOSTILE = "A < B & C ]]> <script>x</script>";

const channel: FeedChannel = {
  id: "https://example.org/things/feed.xml",
  title: "Things & <stuff>",
  subtitle: "The newest things",
  language: "it",
  page: "https://example.org/things",
  atomUrl: "https://example.org/things/feed.xml",
  rssUrl: "https://example.org/things/rss.xml",
  author: "Bottega",
  entries: [
    {
      id: "urn:uuid:0190d0c8-0000-7000-8000-000000000001",
      title: `${HOSTILE}\u0001\uFFFE`,
      link: "https://example.org/things/one?a=1&b=2",
      published: new Date("2026-03-01T10:00:00Z"),
      updated: new Date("2026-03-05T12:30:00Z"),
      summary: "3<4 & 5>4",
      contentHtml: '<p>Full <a href="https://example.org/">text</a> with ]]> inside</p>',
      authors: ["Rete A & B"],
      categories: [
        { term: "libraries", label: 'Biblioteche <e> "archivi"' },
        { term: "inclusion", label: "Inclusione" },
      ],
      language: "en",
    },
    {
      id: "urn:uuid:0190d0c8-0000-7000-8000-000000000002",
      title: "Plain",
      link: "https://example.org/things/two",
      updated: new Date("2026-02-01T08:00:00Z"),
    },
  ],
};

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["entry", "item", "link", "category", "author"].includes(name),
});

const atomXml = await atomFeed(channel);
const rssXml = await rssFeed(channel);

describe("atomFeed", () => {
  const xml = atomXml;
  const feed = parser.parse(xml).feed;

  it("is well-formed Atom in the reader's language, naming itself, its page and its RSS twin", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@_xml:lang"]).toBe("it");
    expect(feed.id).toBe(channel.id);
    expect(feed.title).toBe("Things & <stuff>");
    expect(feed.author[0].name).toBe("Bottega");
    const links = feed.link.map((l: Record<string, string>) => [l["@_rel"], l["@_type"], l["@_href"]]);
    expect(links).toEqual([
      ["self", "application/atom+xml", channel.atomUrl],
      ["alternate", "text/html", channel.page],
      ["alternate", "application/rss+xml", channel.rssUrl],
    ]);
    // The newest entry's change, by default.
    expect(feed.updated).toBe("2026-03-05T12:30:00.000Z");
  });

  it("keeps every entry's id, link, dates, author, categories and language", () => {
    expect(feed.entry).toHaveLength(2);
    const [one, two] = feed.entry;
    expect(one.id).toBe("urn:uuid:0190d0c8-0000-7000-8000-000000000001");
    expect(one["@_xml:lang"]).toBe("en");
    expect(one.link[0]["@_href"]).toBe("https://example.org/things/one?a=1&b=2");
    expect(one.link[0]["@_rel"]).toBe("alternate");
    expect(one.published).toBe("2026-03-01T10:00:00.000Z");
    expect(one.updated).toBe("2026-03-05T12:30:00.000Z");
    expect(one.author[0].name).toBe("Rete A & B");
    expect(one.category.map((c: Record<string, string>) => [c["@_term"], c["@_label"]])).toEqual([
      ["libraries", 'Biblioteche <e> "archivi"'],
      ["inclusion", "Inclusione"],
    ]);
    expect(one.summary).toBe("3<4 & 5>4");
    expect(one.content["@_type"]).toBe("html");
    expect(one.content["#text"]).toBe(channel.entries[0]?.contentHtml);
    expect(two.published).toBeUndefined();
    expect(two.updated).toBe("2026-02-01T08:00:00.000Z");
  });

  it("writes markup-like titles as text, and drops characters XML forbids", () => {
    // Parsed back, the title is the text as typed: no element came out of it.
    expect(feed.entry[0].title).toBe(HOSTILE);
    expect(feed.entry[0].script).toBeUndefined();
    expect(xml).not.toContain("\u0001");
    expect(xml).not.toContain("\uFFFE");
  });
});

describe("rssFeed", () => {
  const xml = rssXml;
  const rss = parser.parse(xml).rss;
  const ch = rss.channel;

  it("is well-formed RSS 2.0 with its language, page and self link", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(rss["@_version"]).toBe("2.0");
    expect(ch.title).toBe("Things & <stuff>");
    expect(ch.link[0]).toBe(channel.page);
    expect(ch.description).toBe("The newest things");
    expect(ch.language).toBe("it");
    expect(ch.lastBuildDate).toBe("Thu, 05 Mar 2026 12:30:00 GMT");
    expect(ch["atom:link"]["@_href"]).toBe(channel.rssUrl);
    expect(ch["atom:link"]["@_rel"]).toBe("self");
    expect(ch["dc:creator"]).toBe("Bottega");
  });

  it("carries the same entries: guid, link, dates, author, categories, language", () => {
    expect(ch.item).toHaveLength(2);
    const [one, two] = ch.item;
    expect(one.title).toBe(HOSTILE);
    expect(one.guid["#text"]).toBe("urn:uuid:0190d0c8-0000-7000-8000-000000000001");
    expect(one.guid["@_isPermaLink"]).toBe("false");
    expect(one.link[0]).toBe("https://example.org/things/one?a=1&b=2");
    expect(one.pubDate).toBe("Sun, 01 Mar 2026 10:00:00 GMT");
    expect(one["dcterms:modified"]).toBe("2026-03-05T12:30:00.000Z");
    expect(one["dc:creator"]).toBe("Rete A & B");
    expect(one["dc:language"]).toBe("en");
    expect(one.category).toEqual(['Biblioteche <e> "archivi"', "Inclusione"]);
    expect(one["content:encoded"]).toBe(channel.entries[0]?.contentHtml);
    // An entry never published carries its last change as its date.
    expect(two.pubDate).toBe("Sun, 01 Feb 2026 08:00:00 GMT");
    expect(two["dc:language"]).toBeUndefined();
  });

  it("gives the summary as HTML that reads as the plain text", () => {
    // RSS readers render <description> as HTML: the text's own "<" and "&" are escaped once more.
    expect(ch.item[0].description).toBe("3&lt;4 &amp; 5&gt;4");
  });
});
