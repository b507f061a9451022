// HTML from other servers (docs/decisions/0023-remote-html.md, amending 0003): a Mastodon status, a
// fediverse reply. It is kept as paragraphs, line breaks and links, nothing else, through one
// sanitiser (sanitize-html) and one allow-list. Every other element is dropped and its text kept
// (a mention's <span class="h-card"> becomes its link), except those whose content is not text for
// a reader (script, style, iframe…), which go with their content. Links must be absolute http(s)
// URLs; they are re-serialised and marked nofollow ugc noopener. A link that fails becomes its text.
import { raw } from "hono/html";
import sanitizeHtml from "sanitize-html";

export const REMOTE_LINK_REL = "nofollow ugc noopener";

/** Elements whose content goes with them: code, styles, embedded documents and form fields. */
const DROPPED_WITH_CONTENT = [
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "noembed",
  "noframes",
  "textarea",
  "select",
  "option",
  "xmp",
  "title",
  "head",
  "svg",
  "math",
];

/** The href as an absolute http(s) URL (as the URL parser writes it), or null. */
function httpUrl(href: string | undefined): string | null {
  if (!href) return null;
  try {
    // No base: a relative link means nothing away from the server that wrote it. The URL parser
    // also removes the tabs and line breaks that would hide "java\tscript:".
    const url = new URL(href.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "a"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowedClasses: {},
  allowedStyles: {},
  disallowedTagsMode: "discard",
  nonTextTags: DROPPED_WITH_CONTENT,
  transformTags: {
    // Only our own attributes on a link: whatever the remote server set (class, target, rel, on*)
    // is replaced, not filtered.
    a: (_tag, attribs) => {
      const href = httpUrl(attribs.href);
      const ours: sanitizeHtml.Attributes = href ? { href, rel: REMOTE_LINK_REL } : {};
      return { tagName: "a", attribs: ours };
    },
  },
  // A link without a usable address is its text; a link without text (its image dropped, or split
  // from a nested link) would be an empty link for a screen reader, and goes.
  exclusiveFilter: (frame) => {
    if (frame.tag !== "a") return false;
    if (!frame.text.trim()) return true;
    return frame.attribs.href ? false : "excludeTag";
  },
};

/** Remote HTML reduced to <p>, <br> and http(s) links; everything else becomes its text. */
export function remoteHtml(html: string | null | undefined): string {
  if (!html) return "";
  return sanitizeHtml(html, OPTIONS);
}

/**
 * For hono/jsx: `<div lang={status.language}><RemoteHtml html={status.content} /></div>`. The input
 * is the remote server's HTML as received; it is sanitised here, so there is no way to place remote
 * HTML in a page unsanitised through this component.
 */
export const RemoteHtml = ({ html }: { html: string | null | undefined }) => raw(remoteHtml(html));
