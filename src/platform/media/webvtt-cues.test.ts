// WebVTT cues for a server-rendered transcript: timings in both forms, identifiers and NOTE blocks,
// markup dropped, and every refusal naming the line to look at.
import { describe, expect, it } from "vitest";
import { clock, cueText, parseCues } from "./webvtt-cues.ts";

describe("parseCues", () => {
  it("reads cues with and without hours and identifiers, skipping notes and styles", () => {
    const vtt = [
      "\uFEFFWEBVTT - Lezione",
      "Kind: captions",
      "",
      "NOTE written by hand",
      "",
      "STYLE",
      "::cue { color: yellow }",
      "",
      "intro",
      "00:00.000 --> 00:02.500 line:90%",
      "<v Anna>Good morning</v> &amp; welcome.",
      "",
      "01:00:01.000 --> 01:00:03.000",
      "Two",
      "lines",
      "",
    ].join("\r\n");
    expect(parseCues(vtt)).toEqual({
      ok: true,
      cues: [
        { start: 0, end: 2.5, text: "Good morning & welcome." },
        { start: 3601, end: 3603, text: "Two\nlines" },
      ],
    });
  });

  it("names the line of a timing that does not parse", () => {
    const vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nOne\n\n00:02.000 -> 00:04.000\nTwo\n";
    expect(parseCues(vtt)).toEqual({ ok: false, problem: "timing", line: 6 });
    expect(parseCues("WEBVTT\n\nid\n00:00,000 --> 00:02,000\nSRT commas\n")).toEqual({
      ok: false,
      problem: "timing",
      line: 4,
    });
    expect(parseCues("WEBVTT\n\nJust text, no timing\n")).toEqual({ ok: false, problem: "timing", line: 3 });
    expect(parseCues("WEBVTT\n\n00:61.000 --> 00:62.000\nSixty-one seconds\n")).toMatchObject({ line: 3 });
  });

  it("refuses an end before its start, a cue without text, no cues, no signature", () => {
    expect(parseCues("WEBVTT\n\n00:05.000 --> 00:04.000\nBack\n")).toEqual({
      ok: false,
      problem: "endBeforeStart",
      line: 3,
    });
    expect(parseCues("WEBVTT\n\n00:01.000 --> 00:02.000\n<i></i>\n")).toEqual({
      ok: false,
      problem: "noText",
      line: 3,
    });
    expect(parseCues("WEBVTT\n\nNOTE only a note\n")).toMatchObject({ ok: false, problem: "noCues" });
    expect(parseCues("1\n00:00:00,000 --> 00:00:02,000\nCiao\n")).toEqual({
      ok: false,
      problem: "notWebVtt",
      line: 1,
    });
  });
});

describe("cue text and clock", () => {
  it("drops tags and decodes the named entities", () => {
    expect(cueText("<c.loud>A &lt;b&gt;</c> <00:00:01.000>B&nbsp;C")).toBe("A <b> B\u00a0C");
  });

  it("shows minutes:seconds, with hours when there are any", () => {
    expect(clock(0)).toBe("0:00");
    expect(clock(75.9)).toBe("1:15");
    expect(clock(3725)).toBe("1:02:05");
  });
});
