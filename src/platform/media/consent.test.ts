// The consent record and the transcript checks: problems in the form's order, values trimmed.
import { describe, expect, it } from "vitest";
import { CONSENT_BY_MAX_CHARS, checkConsent, recordConsent } from "./consent.ts";
import { checkTranscript, TRANSCRIPT_MAX_CHARS, transcriptParagraphs } from "./transcript.ts";

describe("checkConsent", () => {
  it("takes the box ticked and who consented, trimmed", () => {
    expect(checkConsent({ consent: true, consentBy: "  Mario Bianchi, Sindaco " })).toEqual({
      by: "Mario Bianchi, Sindaco",
      problems: [],
    });
  });

  it("names each problem, the box first", () => {
    expect(checkConsent({}).problems).toEqual([
      { field: "consent", problem: "required" },
      { field: "consentBy", problem: "required" },
    ]);
    expect(checkConsent({ consent: false, consentBy: "Mario" }).problems).toEqual([
      { field: "consent", problem: "required" },
    ]);
    expect(checkConsent({ consent: true, consentBy: "x".repeat(CONSENT_BY_MAX_CHARS + 1) }).problems).toEqual(
      [{ field: "consentBy", problem: "tooLong" }],
    );
    expect(checkConsent({ consent: true, consentBy: "x".repeat(CONSENT_BY_MAX_CHARS) }).problems).toEqual([]);
  });

  it("records who consented, who recorded it and when", () => {
    const at = new Date("2026-12-06T10:00:00Z");
    expect(recordConsent("Mario", null, at)).toEqual({ by: "Mario", recordedBy: null, recordedAt: at });
  });
});

describe("transcripts", () => {
  it("are required, bounded and trimmed", () => {
    expect(checkTranscript("  Buongiorno.  ")).toEqual({ text: "Buongiorno.", problem: null });
    expect(checkTranscript(" \n ")).toEqual({ text: "", problem: "missing" });
    expect(checkTranscript(undefined).problem).toBe("missing");
    expect(checkTranscript("x".repeat(TRANSCRIPT_MAX_CHARS + 1)).problem).toBe("tooLong");
  });

  it("show as paragraphs separated by blank lines", () => {
    expect(transcriptParagraphs("Uno\ndue\n\nTre\r\n  \r\nQuattro\n\n\n")).toEqual([
      "Uno\ndue",
      "Tre",
      "Quattro",
    ]);
    expect(transcriptParagraphs(null)).toEqual([]);
  });
});
