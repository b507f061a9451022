// The slot arithmetic of recurring work: periods aligned to the epoch, daily times in a zone across
// the two daylight-saving changes of Europe/Rome (2026-03-29 and 2026-10-25), and bad declarations.
import { describe, expect, it } from "vitest";
import { checkRecurrence, nextSlot } from "./slots.ts";

const at = (iso: string) => new Date(iso);
const rome = (dailyAt: string) => ({ dailyAt, timeZone: "Europe/Rome" });

describe("everyMinutes", () => {
  it("is the next multiple of the period, strictly after", () => {
    expect(nextSlot({ everyMinutes: 15 }, at("2026-05-01T10:07:13Z"), "UTC")).toEqual(
      at("2026-05-01T10:15:00Z"),
    );
    expect(nextSlot({ everyMinutes: 15 }, at("2026-05-01T10:15:00Z"), "UTC")).toEqual(
      at("2026-05-01T10:30:00Z"),
    );
    expect(nextSlot({ everyMinutes: 1 }, at("2026-05-01T10:15:00.001Z"), "UTC")).toEqual(
      at("2026-05-01T10:16:00Z"),
    );
    expect(nextSlot({ everyMinutes: 60 }, at("2026-12-31T23:59:59Z"), "UTC")).toEqual(
      at("2027-01-01T00:00:00Z"),
    );
  });

  it("gives every worker the same slots, whatever moment each asks at", () => {
    const a = nextSlot({ everyMinutes: 10 }, at("2026-05-01T10:01:00Z"), "UTC");
    const b = nextSlot({ everyMinutes: 10 }, at("2026-05-01T10:09:59Z"), "Europe/Rome");
    expect(a).toEqual(b);
  });
});

describe("dailyAt", () => {
  it("is today's time in the zone if still ahead, else tomorrow's", () => {
    // 07:00 in Rome is 05:00Z in summer, 06:00Z in winter.
    expect(nextSlot(rome("07:00"), at("2026-06-01T04:59:00Z"), "UTC")).toEqual(at("2026-06-01T05:00:00Z"));
    expect(nextSlot(rome("07:00"), at("2026-06-01T05:00:00Z"), "UTC")).toEqual(at("2026-06-02T05:00:00Z"));
    expect(nextSlot(rome("07:00"), at("2026-01-10T12:00:00Z"), "UTC")).toEqual(at("2026-01-11T06:00:00Z"));
  });

  it("crosses the end of a month and of a year", () => {
    expect(nextSlot(rome("00:30"), at("2026-12-31T23:31:00Z"), "UTC")).toEqual(at("2027-01-01T23:30:00Z"));
    expect(nextSlot(rome("08:00"), at("2026-04-30T10:00:00Z"), "UTC")).toEqual(at("2026-05-01T06:00:00Z"));
  });

  it("keeps the wall-clock time across the change to summer time", () => {
    // Saturday 28 March 07:00 CET = 06:00Z; Sunday 29 March 07:00 CEST = 05:00Z.
    const sat = nextSlot(rome("07:00"), at("2026-03-28T00:00:00Z"), "UTC");
    expect(sat).toEqual(at("2026-03-28T06:00:00Z"));
    expect(nextSlot(rome("07:00"), sat, "UTC")).toEqual(at("2026-03-29T05:00:00Z"));
  });

  it("runs a time that does not exist (02:30 on 29 March) once, as late as the gap", () => {
    const sunday = nextSlot(rome("02:30"), at("2026-03-28T12:00:00Z"), "UTC");
    expect(sunday).toEqual(at("2026-03-29T01:30:00Z")); // 03:30 CEST
    expect(nextSlot(rome("02:30"), sunday, "UTC")).toEqual(at("2026-03-30T00:30:00Z")); // 02:30 CEST
  });

  it("keeps the wall-clock time across the change back to standard time", () => {
    const sat = nextSlot(rome("07:00"), at("2026-10-24T00:00:00Z"), "UTC");
    expect(sat).toEqual(at("2026-10-24T05:00:00Z"));
    expect(nextSlot(rome("07:00"), sat, "UTC")).toEqual(at("2026-10-25T06:00:00Z"));
  });

  it("runs a time that happens twice (02:30 on 25 October) once", () => {
    // Asked before either occurrence, during the first, and after the run: one slot that day.
    const before = nextSlot(rome("02:30"), at("2026-10-24T12:00:00Z"), "UTC");
    const during = nextSlot(rome("02:30"), at("2026-10-25T00:45:00Z"), "UTC"); // 02:45 CEST
    expect(before).toEqual(at("2026-10-25T01:30:00Z")); // 02:30 CET
    expect(during).toEqual(before);
    expect(nextSlot(rome("02:30"), before, "UTC")).toEqual(at("2026-10-26T01:30:00Z"));
  });

  it("uses the default zone when the recurrence names none", () => {
    expect(nextSlot({ dailyAt: "07:00" }, at("2026-06-01T00:00:00Z"), "Europe/Rome")).toEqual(
      at("2026-06-01T05:00:00Z"),
    );
    expect(nextSlot({ dailyAt: "07:00" }, at("2026-06-01T00:00:00Z"), "UTC")).toEqual(
      at("2026-06-01T07:00:00Z"),
    );
  });
});

describe("declarations", () => {
  it("refuses a period or a time that names no moment", () => {
    expect(() => checkRecurrence({ everyMinutes: 0 })).toThrow(/everyMinutes/);
    expect(() => checkRecurrence({ everyMinutes: 2.5 })).toThrow(/everyMinutes/);
    expect(() => checkRecurrence({ dailyAt: "7:00" })).toThrow(/HH:MM/);
    expect(() => checkRecurrence({ dailyAt: "24:00" })).toThrow(/HH:MM/);
    expect(() => checkRecurrence({ dailyAt: "23:59", timeZone: "Europe/Rome" })).not.toThrow();
  });
});
