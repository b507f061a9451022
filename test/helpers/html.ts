// Reading a page's HTML in tests: the text as people read it, with the entities hono/jsx writes for
// quotes and ampersands turned back (assertions are written with plain "'", '"' and "&").

/** The body of `r` with `&#39;`, `&quot;` and `&amp;` decoded (tags and other entities as they are). */
export const pageText = async (r: Response): Promise<string> =>
  (await r.text())
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
