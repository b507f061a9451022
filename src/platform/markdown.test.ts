// The one Markdown renderer: what is always true (safe by construction), each option, and the XHTML
// output checked with an XML validator plus the rules it does not enforce (entities, characters).
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.ts";

// The two callers' settings, as their pages use them.
const MINUTES = { headingOffset: 2 };
const PRACTICE = { headingOffset: 2, userContent: true, responsiveTables: true };

describe("renderMarkdown", () => {
  it("renders nothing for empty or blank text", () => {
    for (const s of ["", "  \n ", null, undefined]) expect(renderMarkdown(s)).toBe("");
  });

  it("escapes raw HTML instead of passing it through", () => {
    expect(renderMarkdown("<script>alert(1)</script>")).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
    );
    expect(renderMarkdown('<img src=x onerror="alert(1)">')).not.toContain("<img");
  });

  it("links only http(s) and mailto, marked nofollow; the public's links also ugc", () => {
    const source =
      "[a](https://example.org) [b](mailto:a@example.org) [c](javascript:alert(1)) [d](data:text/html,x)";
    const html = renderMarkdown(source);
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener">a</a>');
    expect(html).toContain('<a href="mailto:a@example.org" rel="nofollow noopener">b</a>');
    expect(html).not.toContain("javascript:alert(1)</a");
    expect(html).not.toMatch(/href="(javascript|data):/);
    expect(renderMarkdown("[a](https://example.org)", PRACTICE)).toBe(
      '<p><a href="https://example.org" rel="nofollow ugc noopener">a</a></p>\n',
    );
    expect(renderMarkdown("see https://example.org/x")).toBe(
      '<p>see <a href="https://example.org/x" rel="nofollow noopener">https://example.org/x</a></p>\n',
    );
  });

  it("renders no images: the image syntax stays a plain link", () => {
    expect(renderMarkdown("![alt](https://example.org/a.png)")).toBe(
      '<p>!<a href="https://example.org/a.png" rel="nofollow noopener">alt</a></p>\n',
    );
  });

  it("shifts headings by the offset, never past h6", () => {
    expect(renderMarkdown("# A")).toBe("<h1>A</h1>\n");
    expect(renderMarkdown("# A\n\n#### B\n\n###### C", MINUTES)).toBe("<h3>A</h3>\n<h6>B</h6>\n<h6>C</h6>\n");
  });

  it("wraps tables for Bootstrap only when asked", () => {
    const table = "| a | b |\n|---|--:|\n| 1 | 2 |";
    expect(renderMarkdown(table, MINUTES)).toMatch(/^<table>\n<thead>/);
    expect(renderMarkdown(table, PRACTICE)).toMatch(
      /^<div class="table-responsive"><table class="table">\n<thead>/,
    );
    expect(renderMarkdown(table, PRACTICE)).toMatch(/<\/table><\/div>\n$/);
  });

  it("gives the catalogue's and the minutes' output as they were", () => {
    const source = "# Decisioni\n\n- Piano *editoriale*\n\nVedi [il sito](https://example.org).";
    expect(renderMarkdown(source, MINUTES)).toBe(
      '<h3>Decisioni</h3>\n<ul>\n<li>Piano <em>editoriale</em></li>\n</ul>\n<p>Vedi <a href="https://example.org" rel="nofollow noopener">il sito</a>.</p>\n',
    );
    expect(renderMarkdown(source, PRACTICE)).toBe(
      '<h3>Decisioni</h3>\n<ul>\n<li>Piano <em>editoriale</em></li>\n</ul>\n<p>Vedi <a href="https://example.org" rel="nofollow ugc noopener">il sito</a>.</p>\n',
    );
  });
});

describe("renderMarkdown with xhtml", () => {
  /** Well-formed XML: the validator for structure, then what it lets through — entities XML does not
   * define (&nbsp;) and characters XML 1.0 forbids. */
  function expectWellFormed(xhtml: string) {
    const doc = `<div xmlns="http://www.w3.org/1999/xhtml">${xhtml}</div>`;
    expect(XMLValidator.validate(doc)).toBe(true);
    expect(doc).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(doc).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }

  const everything = [
    "# Title\n\nSetext\n===\n",
    "Hard  \nbreak, and\\\nanother; soft\nbreak",
    "---\n\n***",
    "| a | b |\n|:--|--:|\n| 1 & 2 | <3 |",
    '```html\n<p class="x">a & b</p>\n```\n\n    indented <code>',
    "> quote with `a<b` and **bold** and _em_ and ~~strike~~",
    "1. one\n2. two\n   - nested\n\n- [ ] task",
    "&copy; &nbsp; &amp; &#169; &#x41; &#12; &bogus; AT&T",
    '[x](https://example.org/?a=1&b="2") <https://example.org/a?b&c> www.example.org/x?y&z',
    "![img](https://example.org/a.png) <br> <img src=x> <!-- c --> <?php ?>",
    "control \u0001\u0008\u000B\u000C\u001F and \uFFFE \uFFFF and lone \uD800 \uDC00 and 😀 and NUL \u0000",
  ];

  it("is well-formed for every construct the renderer emits", () => {
    for (const source of everything) {
      expectWellFormed(renderMarkdown(source, { xhtml: true }));
      expectWellFormed(renderMarkdown(source, { ...PRACTICE, xhtml: true }));
    }
    expectWellFormed(renderMarkdown(everything.join("\n\n"), { xhtml: true }));
  });

  it("self-closes void elements", () => {
    expect(renderMarkdown("a  \nb\n\n---", { xhtml: true })).toBe("<p>a<br />\nb</p>\n<hr />\n");
    expect(renderMarkdown("a  \nb\n\n---")).toBe("<p>a<br>\nb</p>\n<hr>\n");
  });

  it("turns characters XML forbids into U+FFFD and keeps the rest", () => {
    expect(renderMarkdown("a\u0001b &#12; 😀", { xhtml: true })).toBe("<p>a\uFFFDb \uFFFD 😀</p>\n");
  });

  it("keeps every other option", () => {
    expect(renderMarkdown("# A\n\n[l](https://example.org)", { ...PRACTICE, xhtml: true })).toBe(
      '<h3>A</h3>\n<p><a href="https://example.org" rel="nofollow ugc noopener">l</a></p>\n',
    );
  });
});
