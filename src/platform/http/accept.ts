// Whether a request asks for a web page. The render cache holds HTML only, so it answers (and stores)
// only requests whose `Accept` prefers `text/html`: a fediverse server asking a page's URL for
// `application/activity+json`, or a script asking for JSON, must reach the application, which may
// answer them differently, never be handed a cached page.

// Every browser's navigation starts with it (Chrome, Firefox, Safari: "text/html,application/…"):
// one test instead of parsing the whole header on every page view.
const HTML_FIRST = /^\s*text\/html\s*(?:,|$)/i;

// How closely a media range names text/html: 2 `text/html`, 1 `text/*`, 0 `*/*`, -1 not at all.
function htmlMatch(range: string): number {
  if (range === "text/html") return 2;
  if (range === "text/*") return 1;
  if (range === "*/*") return 0;
  return -1;
}

// True when the `Accept` header prefers HTML (RFC 9110 §12.5.1): the first media range with the
// highest weight is `text/html`, `text/*` or `*/*`, and text/html itself has that weight (its most
// specific range decides, so `*/*, text/html;q=0` is not HTML). Equal weights go to the range listed
// first: `application/activity+json, text/html` asks for ActivityStreams. No header, an empty one or
// `*/*` count as HTML: that is what browsers' navigations, curl and load generators send, and the
// application answers them with the page. Parameters other than `q` are ignored; a `q` that is not a
// number counts as 1.
export function prefersHtml(accept: string | null | undefined): boolean {
  if (!accept || HTML_FIRST.test(accept)) return true;
  let top = -1;
  let topIsHtml = false;
  let htmlSpecificity = -1;
  let htmlWeight = 0;
  for (const part of accept.split(",")) {
    const semi = part.indexOf(";");
    const range = (semi < 0 ? part : part.slice(0, semi)).trim().toLowerCase();
    if (!range) continue;
    let q = 1;
    if (semi >= 0) {
      for (const param of part.slice(semi + 1).split(";")) {
        const eq = param.indexOf("=");
        if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== "q") continue;
        const n = Number(param.slice(eq + 1).trim());
        if (param.slice(eq + 1).trim() !== "" && Number.isFinite(n)) q = Math.min(1, Math.max(0, n));
      }
    }
    const match = htmlMatch(range);
    if (match > htmlSpecificity) {
      htmlSpecificity = match;
      htmlWeight = q;
    }
    if (q > top) {
      top = q;
      topIsHtml = match >= 0;
    }
  }
  return top > 0 && topIsHtml && htmlWeight === top;
}
