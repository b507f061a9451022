// WebVTT checks: the signature after an optional BOM, UTF-8 only, the size limit, and the problem codes.
import { describe, expect, it } from "vitest";
import { CAPTIONS_MAX_BYTES, checkCaptions, isWebVtt } from "./webvtt.ts";

const bytes = (s: string) => new TextEncoder().encode(s);
const VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nBuongiorno a tutti.\n";

describe("isWebVtt", () => {
  it("accepts WEBVTT then a space, tab or line end, after an optional BOM", () => {
    expect(isWebVtt(bytes(VTT))).toBe(true);
    expect(isWebVtt(bytes("WEBVTT"))).toBe(true);
    expect(isWebVtt(bytes("WEBVTT - Intervista\r\n\r\n"))).toBe(true);
    expect(isWebVtt(bytes("WEBVTT\tx\n"))).toBe(true);
    expect(isWebVtt(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(VTT)]))).toBe(true);
  });

  it("refuses SubRip, a wrong signature and text that is not UTF-8", () => {
    expect(isWebVtt(bytes("1\n00:00:00,000 --> 00:00:02,000\nCiao\n"))).toBe(false);
    expect(isWebVtt(bytes("WEBVTTX\n"))).toBe(false);
    expect(isWebVtt(bytes(" WEBVTT\n"))).toBe(false);
    expect(isWebVtt(bytes("webvtt\n"))).toBe(false);
    expect(isWebVtt(Uint8Array.from([...bytes("WEBVTT\n"), 0xff, 0xfe]))).toBe(false);
  });
});

describe("checkCaptions", () => {
  it("names what is wrong, or nothing", () => {
    expect(checkCaptions(bytes(VTT))).toBeNull();
    expect(checkCaptions(null)).toBe("missing");
    expect(checkCaptions(undefined)).toBe("missing");
    expect(checkCaptions(new Uint8Array())).toBe("missing");
    expect(checkCaptions(bytes("not captions"))).toBe("notWebVtt");
  });

  it("refuses a file over the limit before reading it", () => {
    const big = bytes(`WEBVTT\n\n${"x".repeat(CAPTIONS_MAX_BYTES)}`);
    expect(checkCaptions(big)).toBe("tooLarge");
    expect(checkCaptions(big.slice(0, CAPTIONS_MAX_BYTES))).toBeNull();
  });
});
