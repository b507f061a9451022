// The one Markdown renderer (docs/decisions/0003-markdown.md, 0020-shared-platform-pieces.md): Markdown
// that people type to safe HTML with markdown-it. Always: raw HTML escaped, never passed through; links
// only http(s) and mailto, marked nofollow; no images (uploaded images carry alt text, and the CSP would
// block remote ones anyway). What differs between callers is an option: how far headings shift under
// the page's own, whether links come from the public (rel "ugc"), whether tables get Bootstrap's
// responsive wrapper, and whether the output must be XHTML (for EPUB).
import MarkdownIt from "markdown-it";

export type MarkdownOptions = {
  /** Levels to push headings down (capped at <h6>): 2 when the text sits under the page's own <h2>. */
  headingOffset?: number;
  /** The text comes from the public or members (not the site): links also get rel "ugc". */
  userContent?: boolean;
  /** Tables inside Bootstrap's `.table-responsive` wrapper, styled as `.table`. */
  responsiveTables?: boolean;
  /** Well-formed XHTML: void elements self-closed (`<br />`), no characters XML forbids. */
  xhtml?: boolean;
};

// One instance for every caller: the options travel in markdown-it's `env`, which each rule reads.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(["image"]);

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

/** The options a render was asked for, as the rules receive them (markdown-it types `env` loosely). */
const optionsIn = (env: unknown): MarkdownOptions => (env ?? {}) as MarkdownOptions;

md.renderer.rules.heading_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const offset = optionsIn(env).headingOffset ?? 0;
  if (token) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + offset)}`;
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.heading_close = md.renderer.rules.heading_open;

// Links in typed text leave the site: search engines should not reward them (and spam, when the
// public wrote them).
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet("rel", optionsIn(env).userContent ? "nofollow ugc noopener" : "nofollow noopener");
  return self.renderToken(tokens, idx, options);
};

md.renderer.rules.table_open = (tokens, idx, options, env, self) =>
  optionsIn(env).responsiveTables
    ? '<div class="table-responsive"><table class="table">\n'
    : self.renderToken(tokens, idx, options);
md.renderer.rules.table_close = (tokens, idx, options, env, self) =>
  optionsIn(env).responsiveTables ? "</table></div>\n" : self.renderToken(tokens, idx, options);

// Characters XML 1.0 does not allow even escaped: C0 controls other than tab and line ends, lone
// surrogates, U+FFFE and U+FFFF. markdown-it lets some through (typed, or as `&#12;`); XHTML shows
// them as U+FFFD, as markdown-it itself does for NUL.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  /[\u0001-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Sanitised HTML (or XHTML) for Markdown text; an empty string for empty input. */
export function renderMarkdown(source: string | null | undefined, options: MarkdownOptions = {}): string {
  if (!source?.trim()) return "";
  const env: MarkdownOptions = { ...options };
  if (!options.xhtml) return md.render(source, env);
  const html = md.renderer.render(md.parse(source, env), { ...md.options, xhtmlOut: true }, env);
  return html.replace(NOT_XML, "\uFFFD");
}
