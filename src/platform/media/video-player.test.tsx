// The captioned video player's markup, in both languages: the captions track on by default, the
// download links, the transcript's paragraphs and the consent record (left out when there is none).
import { describe, expect, it } from "vitest";
import type { Ctx } from "../http/context.ts";
import { type Lang, translator } from "../i18n/index.ts";
import { CaptionedVideo } from "./video-player.tsx";

/** Just what the player reads from a request's context. */
function ctx(lang: Lang): Ctx {
  const values: Record<string, unknown> = {
    t: translator(lang),
    lang,
    deps: { config: { timeZone: "Europe/Rome" } },
  };
  return { get: (key: string) => values[key] } as unknown as Ctx;
}

const props = {
  src: "/v/1/file",
  captionsSrc: "/v/1/captions.vtt",
  downloadName: "intervista.webm",
  transcript: "Buongiorno a tutti.\n\nGrazie.",
  consent: { by: "Mario Bianchi, Sindaco", recordedAt: new Date("2026-12-06T10:00:00Z") },
};

describe("CaptionedVideo", () => {
  it("renders the player, the links, the transcript and the consent record", () => {
    const html = String(<CaptionedVideo c={ctx("it")} {...props} />);
    expect(html).toBe(
      '<section aria-labelledby="video-heading"><h2 id="video-heading" class="h4">Video</h2>' +
        '<video controls="" preload="metadata" class="w-100 mb-2" src="/v/1/file">' +
        '<track kind="captions" src="/v/1/captions.vtt" label="Sottotitoli" default=""/>' +
        '<a href="/v/1/file">Scarica il video</a></video>' +
        '<p class="small"><a href="/v/1/file" download="intervista.webm">Scarica il video</a> · ' +
        '<a href="/v/1/captions.vtt">Scarica i sottotitoli (WebVTT)</a></p>' +
        '<h2 class="h4" id="transcript">Trascrizione</h2><div class="mb-4"><p>Buongiorno a tutti.</p><p>Grazie.</p></div>' +
        '<h2 class="h4">Consenso delle persone riprese</h2>' +
        "<p>Consenso alla pubblicazione dato da Mario Bianchi, Sindaco, registrato il 6 dicembre 2026.</p></section>",
    );
  });

  it("speaks the page's language and escapes what people typed", () => {
    const html = String(
      <CaptionedVideo
        c={ctx("en")}
        {...props}
        transcript="<b>hi</b>"
        consent={{ ...props.consent, by: "A & B" }}
      />,
    );
    expect(html).toContain('label="Captions"');
    expect(html).toContain("<p>&lt;b&gt;hi&lt;/b&gt;</p>");
    expect(html).toContain("Consent to publication given by A &amp; B, recorded on 6 December 2026.");
  });

  it("leaves out the consent record when the video needs none, and takes other ids", () => {
    const html = String(
      <CaptionedVideo
        c={ctx("en")}
        {...props}
        consent={null}
        headingId="v2-heading"
        transcriptId="v2-transcript"
      />,
    );
    expect(html).not.toContain("Consent");
    expect(html).toContain('<section aria-labelledby="v2-heading"><h2 id="v2-heading"');
    expect(html).toContain('id="v2-transcript"');
  });
});
