// The moments recurring work is due (every.ts): every N minutes, or daily at a wall-clock time in an
// IANA zone. Pure arithmetic on instants, so it is tested without a queue or a database.
import { TZDate } from "@date-fns/tz";

export type Recurrence = { everyMinutes: number } | { dailyAt: string; timeZone?: string };

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Throws on a recurrence that names no moment (declared at import time, so a typo fails at start). */
export function checkRecurrence(r: Recurrence): void {
  if ("everyMinutes" in r) {
    if (!Number.isInteger(r.everyMinutes) || r.everyMinutes < 1 || r.everyMinutes > 1440)
      throw new Error(`everyMinutes must be a whole number from 1 to 1440: ${r.everyMinutes}`);
  } else if (!HHMM.test(r.dailyAt)) throw new Error(`dailyAt must be "HH:MM": ${r.dailyAt}`);
}

/**
 * The first slot strictly after `after`. `everyMinutes` slots are whole multiples of the period since
 * the Unix epoch (every 15 minutes: :00, :15, :30, :45 in every zone), so every worker computes the
 * same ones. `dailyAt` is the wall-clock time in `timeZone` (`defaultZone` when the recurrence names
 * none). On the day clocks go forward a time that does not exist runs as late as the gap
 * (02:30 in Europe/Rome → 03:30 summer time); on the day they go back a time that happens twice runs
 * once, at its second occurrence (standard time), as @date-fns/tz resolves it. One slot per day either way.
 */
export function nextSlot(r: Recurrence, after: Date, defaultZone: string): Date {
  checkRecurrence(r);
  if ("everyMinutes" in r) {
    const period = r.everyMinutes * 60_000;
    return new Date((Math.floor(after.getTime() / period) + 1) * period);
  }
  const [, hh, mm] = HHMM.exec(r.dailyAt)!.map(Number) as number[];
  const zone = r.timeZone ?? defaultZone;
  const local = new TZDate(after.getTime(), zone);
  // Today's time in the zone, else tomorrow's (a Date-style day overflow rolls the month and year).
  for (let day = 0; day < 3; day++) {
    const at = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + day, hh!, mm!, zone);
    if (at.getTime() > after.getTime()) return new Date(at.getTime());
  }
  throw new Error(`no slot for ${r.dailyAt} in ${zone} after ${after.toISOString()}`);
}
