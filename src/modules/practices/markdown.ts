// Markdown of practices' rich-text fields (problem, solution, results…) to safe HTML, with
// markdown-it (docs/decisions/0003-markdown.md). Raw HTML in the source is never passed through
// (`html: false` escapes it), links are limited to http(s) and mailto, images are not rendered (a
// practice's images are uploaded with alt text, and the CSP would block remote ones anyway), and
// headings start at level 3 because the page gives each field its own level-2 heading.
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(["image"]);

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

/** Headings inside a field sit under the field's own <h2>: `#` becomes <h3>, and so on up to <h6>. */
const HEADING_OFFSET = 2;

md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx];
  if (token) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + HEADING_OFFSET)}`;
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.heading_close = md.renderer.rules.heading_open;

// Links written by submitters leave the site: mark them so search engines do not reward spam.
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]?.attrSet("rel", "nofollow ugc noopener");
  return self.renderToken(tokens, idx, options);
};

md.renderer.rules.table_open = () => '<div class="table-responsive"><table class="table">\n';
md.renderer.rules.table_close = () => "</table></div>\n";

/** Sanitised HTML for a Markdown field; an empty string for empty input. */
export function renderMarkdown(source: string | null | undefined): string {
  if (!source?.trim()) return "";
  return md.render(source);
}
