// Structured data (schema.org JSON-LD) in a page, for search engines and the EU's data portals.
import type { FC } from "hono/jsx";

/**
 * A JSON-LD data block. Not executed, so the strict CSP (script-src 'self') does not apply to it;
 * `<` is escaped so no text inside can close the element.
 */
export const JsonLd: FC<{ data: unknown }> = ({ data }) => (
  <script
    type="application/ld+json"
    dangerouslySetInnerHTML={{
      __html: JSON.stringify(data)
        .replace(/</g, "\\u003c")
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029"),
    }}
  />
);
