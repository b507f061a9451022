// The cue player's markup: one captions track per language with at most the one asked for on by
// default, each cue a link to its moment (a media fragment), the speed select hidden for the island,
// the position's post address and token, and the video starting where the learner stopped.
import { describe, expect, it } from "vitest";
import type { Ctx } from "../http/context.ts";
import { type Lang, translator } from "../i18n/index.ts";
import { CuePlayer } from "./cue-player.tsx";

function ctx(lang: Lang): Ctx {
  const values: Record<string, unknown> = {
    t: translator(lang),
    lang,
    deps: { config: { timeZone: "Europe/Rome" } },
  };
  return { get: (key: string) => values[key] } as unknown as Ctx;
}

const props = {
  src: "/l/1/video",
  tracks: [
    { src: "/l/1/captions/en.vtt", srclang: "en", label: "English" },
    { src: "/l/1/captions/it.vtt", srclang: "it", label: "Italiano", default: true },
  ],
  transcript: {
    lang: "it",
    cues: [
      { start: 0, end: 2.5, text: "Buongiorno." },
      { start: 2.5, end: 4, text: "Cominciamo & <subito>." },
    ],
  },
  consent: null,
};

describe("CuePlayer", () => {
  it("renders a track per language, the cues as links to their moment, and the hidden speed select", () => {
    const html = String(<CuePlayer c={ctx("it")} {...props} />);
    expect(html).toContain('<video controls="" preload="metadata" class="w-100 mb-2" src="/l/1/video">');
    expect(html).toContain(
      '<track kind="captions" src="/l/1/captions/en.vtt" srclang="en" label="English"/>',
    );
    expect(html).toContain(
      '<track kind="captions" src="/l/1/captions/it.vtt" srclang="it" label="Italiano" default=""/>',
    );
    expect(html).toContain('<ol class="list-unstyled cue-list" lang="it" aria-labelledby="transcript">');
    expect(html).toContain(
      '<a href="/l/1/video#t=2.5" data-start="2.5" data-end="4"><span class="cue-time">0:02</span> Cominciamo &amp; &lt;subito&gt;.</a>',
    );
    expect(html).toMatch(/<div class="select-wrapper mb-3" data-speed-wrap="" hidden="">/);
    expect(html).toContain('<label for="video-speed">Velocità di riproduzione</label>');
    expect([...html.matchAll(/<option value="([\d.]+)"/g)].map((m) => m[1])).toEqual([
      "0.75",
      "1",
      "1.25",
      "1.5",
      "1.75",
      "2",
    ]);
    expect(html).not.toContain("data-position-url");
    expect(html).not.toContain("Consenso delle persone riprese");
  });

  it("carries the position's address and token, and starts where the learner stopped", () => {
    const html = String(
      <CuePlayer
        c={ctx("en")}
        {...props}
        position={{ url: "/l/1/position", csrf: "tok", resumeAt: 42.25 }}
        consent={{ by: "Anna", recordedAt: new Date("2026-12-06T10:00:00Z") }}
      />,
    );
    expect(html).toContain('data-position-url="/l/1/position" data-csrf="tok"');
    expect(html).toContain('src="/l/1/video#t=42.25"');
    expect(html).toContain("Consent to publication given by Anna, recorded on 6 December 2026.");
    // A second or less is the start: no fragment.
    const start = String(
      <CuePlayer c={ctx("en")} {...props} position={{ url: "/p", csrf: "t", resumeAt: 0.5 }} />,
    );
    expect(start).toContain('src="/l/1/video">');
  });
});
