import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, registerMessages, translator } from "./index.ts";
import { dateTimeFormat, numberFormat, pluralRules } from "./intl.ts";

describe("Intl formatters made once", () => {
  it("returns the same formatter for the same locale and options, another for others", () => {
    const a = dateTimeFormat("it-IT", { dateStyle: "long", timeZone: "Europe/Rome" });
    expect(dateTimeFormat("it-IT", { dateStyle: "long", timeZone: "Europe/Rome" })).toBe(a);
    expect(dateTimeFormat("it-IT", { dateStyle: "long", timeZone: "UTC" })).not.toBe(a);
    expect(dateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Rome" })).not.toBe(a);
    expect(numberFormat("it-IT")).toBe(numberFormat("it-IT"));
    expect(pluralRules("en")).toBe(pluralRules("en"));
    expect(pluralRules("en")).not.toBe(pluralRules("it"));
  });

  it("formats as a new formatter would", () => {
    const d = new Date("2027-03-31T22:30:00Z");
    expect(formatDate("it", d, "Europe/Rome")).toBe("1 aprile 2027");
    expect(formatDate("en", d, "UTC", true)).toBe(
      new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(d),
    );
    expect(formatNumber("it", 12345.5)).toBe("12.345,5");
  });

  it("keeps one translator per language, which sees messages registered later", () => {
    expect(translator("it")).toBe(translator("it"));
    expect(translator("it")).not.toBe(translator("en"));
    const t = translator("en");
    registerMessages({ it: { "test.intl.late": "tardi" }, en: { "test.intl.late": "late {n}" } });
    expect(t("test.intl.late", { n: 2 })).toBe("late 2");
    expect(translator("it")("test.intl.late")).toBe("tardi");
  });
});
