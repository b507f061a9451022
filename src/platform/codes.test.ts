// Short codes: their shape, how they are shown, and how what people type is read back.
import { describe, expect, it } from "vitest";
import {
  newCertificateCode,
  newCheckInCode,
  normaliseCertificateCode,
  normaliseCheckInCode,
  showCheckInCode,
} from "./codes.ts";

describe("check-in codes", () => {
  it("are 8 characters of Crockford's alphabet, shown in two groups of four", () => {
    const code = newCheckInCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(showCheckInCode("ABCD2345")).toBe("ABCD-2345");
  });

  it("read back what people type: case, spaces, dashes and look-alike letters", () => {
    expect(normaliseCheckInCode(" abcd-2345 ")).toBe("ABCD2345");
    expect(normaliseCheckInCode("o1il-0000")).toBe("01110000");
    expect(normaliseCheckInCode(showCheckInCode("ABCD2345"))).toBe("ABCD2345");
  });
});

describe("certificate codes", () => {
  it("are 12 characters in three groups of four, and read back as stored", () => {
    const code = newCertificateCode();
    expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
    expect(normaliseCertificateCode(code)).toBe(code);
    expect(normaliseCertificateCode(code.toUpperCase().replace(/-/g, " "))).toBe(code);
  });

  it("refuse what cannot be one", () => {
    expect(normaliseCertificateCode("abcd-efgh")).toBeNull();
    expect(normaliseCertificateCode("abcd-efgh-ijku")).toBeNull();
  });
});
