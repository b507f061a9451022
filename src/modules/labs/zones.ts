// Wall-clock times in a named IANA zone ↔ instants, with Intl only: meetings are entered and shown in
// their own zone (a meeting in Nemi at 9:30 is 9:30 in Europe/Rome whoever looks at it).

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

/** Offset of `tz` from UTC at the instant `at`, in milliseconds. */
function offsetAt(at: number, tz: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - at;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2018-06-12T09:30" in `tz` → the instant; null when the text is not such a time. */
export function zonedToInstant(local: string, tz: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s || 0);
  if (Number.isNaN(wall)) return null;
  // Two passes settle the offset around daylight-saving changes.
  let at = wall - offsetAt(wall, tz);
  at = wall - offsetAt(at, tz);
  return new Date(at);
}

/** The instant as "YYYY-MM-DDTHH:mm" on the wall clock of `tz` (for datetime-local inputs). */
export function instantToZoned(at: Date, tz: string): string {
  const shifted = new Date(at.getTime() + offsetAt(at.getTime(), tz));
  return shifted.toISOString().slice(0, 16);
}
