// Wall-clock times in a conference's own zone: reading "day + HH:MM" typed in a form, and showing
// instants back as days, times and ranges in that zone (whatever the viewer's or server's zone).
import { TZDate } from "@date-fns/tz";
import { dateTimeFormat } from "../../platform/i18n/index.ts";

const LOCALE = { it: "it-IT", en: "en-GB" } as const;
type Lang = keyof typeof LOCALE;

/** `day` (YYYY-MM-DD) at `hhmm` (HH:MM) in `timeZone`, as an instant. */
export function atWallClock(day: string, hhmm: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const [h, mi] = hhmm.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, mi, 0, timeZone).getTime());
}

function parts(date: Date, timeZone: string) {
  return Object.fromEntries(
    dateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
}

/** The day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function dayOf(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** HH:MM of an instant in `timeZone`. */
export function timeOf(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** The calendar day `n` days after `day` (before, when negative), as YYYY-MM-DD. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000);
}

/**
 * An instant moved by `n` calendar days in `timeZone`, keeping its wall-clock time (09:30 stays
 * 09:30 across a change to or from summer time).
 */
export function shiftInstant(date: Date, n: number, timeZone: string): Date {
  return atWallClock(addDays(dayOf(date, timeZone), n), timeOf(date, timeZone), timeZone);
}

/** Every day from `startsOn` to `endsOn` inclusive, as YYYY-MM-DD. */
export function daysBetween(startsOn: string, endsOn: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${endsOn}T00:00:00Z`);
  for (let t = Date.parse(`${startsOn}T00:00:00Z`); t <= end && out.length < 40; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** "mercoledì 11 aprile 2018" / "Wednesday 11 April 2018" for a calendar day. */
export function longDay(lang: Lang, day: string): string {
  return dateTimeFormat(LOCALE[lang], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T12:00:00Z`));
}

/** "11–13 aprile 2018" / "11–13 April 2018" (Intl's own range format). */
export function dayRange(lang: Lang, startsOn: string, endsOn: string): string {
  const f = dateTimeFormat(LOCALE[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const a = new Date(`${startsOn}T12:00:00Z`);
  const b = new Date(`${endsOn}T12:00:00Z`);
  return startsOn === endsOn ? f.format(a) : f.formatRange(a, b);
}

/** A short label of the zone, e.g. "CEST" or "GMT+2", at a given instant. */
export function zoneLabel(lang: Lang, date: Date, timeZone: string): string {
  const p = dateTimeFormat(LOCALE[lang], { timeZone, timeZoneName: "short" })
    .formatToParts(date)
    .find((x) => x.type === "timeZoneName");
  return p?.value ?? timeZone;
}
