// Remote HTML against hostile input: only <p>, <br> and http(s) links come out, links carry our rel and
// nothing else, text survives its dropped elements, and code, styles and embeds go with their content.
import { describe, expect, it } from "vitest";
import { REMOTE_LINK_REL, RemoteHtml, remoteHtml } from "./remote.ts";

const REL = `rel="${REMOTE_LINK_REL}"`;

describe("remoteHtml", () => {
  it("keeps paragraphs, line breaks and links", () => {
    expect(remoteHtml('<p>Uno<br>due<br/>tre</p><p>Vedi <a href="https://example.org/a">qui</a></p>')).toBe(
      `<p>Uno<br />due<br />tre</p><p>Vedi <a href="https://example.org/a" ${REL}>qui</a></p>`,
    );
    expect(remoteHtml("")).toBe("");
    expect(remoteHtml(null)).toBe("");
  });

  it("drops scripts, styles and embedded documents with their content", () => {
    expect(remoteHtml("<p>Ciao <script>alert(1)</script>a tutti</p>")).toBe("<p>Ciao a tutti</p>");
    expect(
      remoteHtml('<style>p{display:none}</style><p>testo</p><script src="https://evil.test/x.js"></script>'),
    ).toBe("<p>testo</p>");
    expect(remoteHtml('<iframe src="https://evil.test/">dentro</iframe>fuori')).toBe("fuori");
    expect(remoteHtml('<svg><a href="https://evil.test">x</a><script>1</script></svg><math>m</math>ok')).toBe(
      "ok",
    );
    expect(remoteHtml("<noscript>n</noscript><template>t</template><object data=x>o</object>ok")).toBe("ok");
    expect(remoteHtml("<SCRIPT>alert(1)</SCRIPT><ScRiPt>alert(2)</sCrIpT>ok")).toBe("ok");
  });

  it("removes every attribute but a link's href: event handlers, styles, classes, ids", () => {
    expect(remoteHtml('<p onclick="steal()" style="position:fixed" class="x" id="y" title="t">p</p>')).toBe(
      "<p>p</p>",
    );
    expect(
      remoteHtml(
        '<a href="https://example.org/" onmouseover="x()" target="_blank" rel="me opener" style="color:red">l</a>',
      ),
    ).toBe(`<a href="https://example.org/" ${REL}>l</a>`);
    expect(remoteHtml('<br onload="x()" class="c">')).toBe("<br />");
  });

  it("drops images and other media, keeping no trace of them", () => {
    expect(remoteHtml('<p>prima<img src="x" onerror="alert(1)" alt="foto">dopo</p>')).toBe(
      "<p>primadopo</p>",
    );
    expect(
      remoteHtml('<video src="https://example.org/v.mp4" autoplay></video><audio src="a.mp3"></audio>.'),
    ).toBe(".");
  });

  it("keeps only absolute http(s) links, the rest become their text", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "jav&#x61;script:alert(1)",
      "&#106;avascript:alert(1)",
      "java\tscript:alert(1)",
      "java&#x09;script:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "data:image/png;base64,AAAA",
      "mailto:someone@example.org",
      "file:///etc/passwd",
      "ftp://example.org/f",
      "/users/alice",
      "../relative",
      "#top",
      "?q=1",
      "//evil.test/protocol-relative",
      "https://",
      "",
    ])
      expect(remoteHtml(`<a href="${href}">testo</a>`), href).toBe("testo");
    expect(remoteHtml("<a>senza href</a>")).toBe("senza href");
  });

  it("writes links back as the URL parser reads them, so nothing rides in the attribute", () => {
    expect(remoteHtml('<a href="HTTPS://Example.ORG/a b?x=<1>&y=&quot;2&quot;">l</a>')).toBe(
      `<a href="https://example.org/a%20b?x=%3C1%3E&amp;y=%222%22" ${REL}>l</a>`,
    );
    expect(remoteHtml('<a href="http://example.org/x" href="javascript:alert(1)">l</a>')).toBe(
      `<a href="http://example.org/x" ${REL}>l</a>`,
    );
  });

  it("flattens nested elements to their text and allowed children", () => {
    expect(remoteHtml('<div><b><i><a href="https://example.org/">profondo</a></i></b></div>')).toBe(
      `<a href="https://example.org/" ${REL}>profondo</a>`,
    );
    expect(remoteHtml("<ul><li>uno</li><li>due</li></ul><blockquote><p>citazione</p></blockquote>")).toBe(
      "unodue<p>citazione</p>",
    );
    // A link inside a link is split by the parser; the empty outer one goes (no link without text).
    expect(remoteHtml('<a href="https://a.example/"><a href="https://b.example/">dentro</a></a>')).toBe(
      `<a href="https://b.example/" ${REL}>dentro</a>`,
    );
    expect(remoteHtml('<a href="https://example.org/"><img src="x.png"></a>')).toBe("");
  });

  it("keeps text that looks like markup as text, entities and all", () => {
    expect(remoteHtml("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(remoteHtml("&#60;img src=x onerror=alert(1)&#62;")).toBe("&lt;img src=x onerror=alert(1)&gt;");
    expect(remoteHtml("Tom &amp;amp; Jerry &amp; co &copy;")).toBe("Tom &amp;amp; Jerry &amp; co ©");
    expect(remoteHtml("1 < 2 > 0")).toBe("1 &lt; 2 &gt; 0");
    expect(remoteHtml("<!-- <script>alert(1)</script> -->commento")).toBe("commento");
    expect(remoteHtml("<![CDATA[<script>alert(1)</script>]]>x")).not.toContain("<script");
    expect(remoteHtml("<p>\"virgolette\" e 'apici'</p>")).toBe("<p>\"virgolette\" e 'apici'</p>");
  });

  it("turns a Mastodon status into paragraphs and links: mentions, hashtags, shortened URLs", () => {
    const status =
      '<p><span class="h-card" translate="no"><a href="https://mastodon.social/@alice" class="u-url mention">' +
      "@<span>alice</span></a></span> il nuovo catalogo è online! " +
      '<a href="https://mastodon.social/tags/OpenData" class="mention hashtag" rel="tag">#<span>OpenData</span></a></p>' +
      '<p>Dettagli: <a href="https://www.comune.example.it/notizie/catalogo-buone-pratiche-2026" target="_blank" ' +
      'rel="nofollow noopener noreferrer" translate="no"><span class="invisible">https://www.</span>' +
      '<span class="ellipsis">comune.example.it/notizie/catal</span>' +
      '<span class="invisible">ogo-buone-pratiche-2026</span></a><br />Grazie!</p>';
    expect(remoteHtml(status)).toBe(
      `<p><a href="https://mastodon.social/@alice" ${REL}>@alice</a> il nuovo catalogo è online! ` +
        `<a href="https://mastodon.social/tags/OpenData" ${REL}>#OpenData</a></p>` +
        `<p>Dettagli: <a href="https://www.comune.example.it/notizie/catalogo-buone-pratiche-2026" ${REL}>` +
        "https://www.comune.example.it/notizie/catalogo-buone-pratiche-2026</a><br />Grazie!</p>",
    );
  });
});

describe("RemoteHtml", () => {
  it("places the sanitised HTML in a hono/jsx page unescaped, and only that", () => {
    const page = String(
      <div class="reply" lang="en">
        <RemoteHtml
          html={'<p>Hello <a href="https://example.org/" onclick="x()">there</a><script>1</script></p>'}
        />
      </div>,
    );
    expect(page).toBe(
      `<div class="reply" lang="en"><p>Hello <a href="https://example.org/" ${REL}>there</a></p></div>`,
    );
    expect(String(<RemoteHtml html={undefined} />)).toBe("");
  });
});
