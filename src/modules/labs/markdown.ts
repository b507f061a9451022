// Minutes (Markdown) to safe HTML with markdown-it, configured as the catalogue does
// (docs/decisions/0003-markdown.md): raw HTML escaped, links only http(s)/mailto, no images, headings
// shifted under the page's own "Minutes" heading (h2): `#` becomes <h3>.
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(["image"]);
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx];
  if (token) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.heading_close = md.renderer.rules.heading_open;
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]?.attrSet("rel", "nofollow noopener");
  return self.renderToken(tokens, idx, options);
};

export function renderMinutes(source: string | null | undefined): string {
  if (!source?.trim()) return "";
  return md.render(source);
}
