// Highlighted text for views and the API: ts_headline marks matches with control characters
// (search/repo.ts), which become segments here. Views render segments (`<mark>` around matches);
// `segmentsToHtml` is the escaped HTML form for callers that want a string. Source text is never
// trusted: whatever HTML it contains is escaped, only our own <mark> is markup.
import { MARK_START, MARK_STOP } from "./repo.ts";

export type Segment = { text: string; match: boolean };

// Markdown punctuation reads as noise in a one-line snippet: links keep their text, emphasis,
// headings, quotes and code marks go.
function plainMarkdown(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(^|\s)[#>]+\s/g, "$1")
    .replace(/[*_`~]{1,3}/g, "")
    .replace(/\s+/g, " ");
}

export function toSegments(marked: string, markdown = false): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, match: boolean) => {
    const t = markdown ? plainMarkdown(text) : text;
    if (!t) return;
    const last = out[out.length - 1];
    if (last && last.match === match) last.text += t;
    else out.push({ text: t, match });
  };
  let rest = marked;
  for (;;) {
    const a = rest.indexOf(MARK_START);
    if (a < 0) break;
    const b = rest.indexOf(MARK_STOP, a + 1);
    if (b < 0) break;
    push(rest.slice(0, a), false);
    push(rest.slice(a + 1, b), true);
    rest = rest.slice(b + 1);
  }
  push(rest, false);
  // Stray markers (unbalanced) must never reach a page.
  for (const s of out) s.text = s.text.replaceAll(MARK_START, "").replaceAll(MARK_STOP, "");
  return out;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export const segmentsToHtml = (segments: Segment[]): string =>
  segments.map((s) => (s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join("");

export const segmentsToText = (segments: Segment[]): string => segments.map((s) => s.text).join("");
