// The demo's calendar, relative to the day it is loaded (deps.clock, in Rome): Lab II ran on five
// Tuesdays that ended weeks ago, Lab III meets on Tuesdays in the weeks ahead. Anchoring on the next
// Tuesday keeps the weekday and the gaps the same whatever the day of loading, so the demo always has
// the same shape: a finished run to show, and meetings to register for.
import { instantToZoned } from "./zones.ts";

const DAY = 86_400_000;

/** "YYYY-MM-DD" plus `n` days (calendar arithmetic on the date alone). */
export const addDays = (date: string, n: number): string =>
  new Date(Date.parse(`${date}T12:00:00Z`) + n * DAY).toISOString().slice(0, 10);

export type DemoCalendar = {
  /** Today in Rome. */
  today: string;
  /** Lab II: opening, three thematic meetings, closing — all held. */
  labII: { periodStart: string; periodEnd: string; meetings: [string, string, string, string, string] };
  /** Lab III: opening, two thematic meetings, closing — all to come. */
  labIII: { periodStart: string; periodEnd: string; meetings: [string, string, string, string] };
};

export function demoCalendar(now: Date, timeZone = "Europe/Rome"): DemoCalendar {
  const today = instantToZoned(now, timeZone).slice(0, 10);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 Sunday … 2 Tuesday
  // The first Tuesday strictly after today: 1 to 7 days ahead.
  const tuesday = addDays(today, ((2 - weekday + 7) % 7) + (weekday === 2 ? 7 : 0));
  const week = (n: number) => addDays(tuesday, 7 * n);
  const past = [week(-20), week(-17), week(-13), week(-9), week(-5)] as const;
  const ahead = [week(1), week(3), week(5), week(8)] as const;
  return {
    today,
    labII: { periodStart: addDays(past[0], -9), periodEnd: addDays(past[4], 14), meetings: [...past] },
    labIII: { periodStart: addDays(ahead[0], -14), periodEnd: addDays(ahead[3], 21), meetings: [...ahead] },
  };
}
