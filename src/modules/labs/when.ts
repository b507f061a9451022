// A meeting's time as people read it: in the meeting's own zone, with the zone named.
import type { Lang } from "../../platform/i18n/index.ts";
import type { Meeting } from "./labs.types.ts";

const locale: Record<Lang, string> = { it: "it-IT", en: "en-GB" };

/**
 * Intl.DateTimeFormat objects are costly to make (≈ 0.1–0.5 ms each, and a meeting line needs four):
 * one per locale, style and zone, kept for the life of the process.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(loc: string, tz: string, style: "date" | "time" | "day" | "dateTime") {
  const key = `${loc}|${tz}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    const o: Intl.DateTimeFormatOptions =
      style === "date"
        ? { dateStyle: "full" }
        : style === "time"
          ? { timeStyle: "short" }
          : style === "dateTime"
            ? { dateStyle: "long", timeStyle: "short" }
            : {};
    f = new Intl.DateTimeFormat(loc, { ...o, timeZone: tz });
    formatters.set(key, f);
  }
  return f;
}

export function formatWhen(lang: Lang, m: Pick<Meeting, "startsAt" | "endsAt" | "timeZone">): string {
  const date = formatter(locale[lang], m.timeZone, "date").format(m.startsAt);
  const time = formatter(locale[lang], m.timeZone, "time");
  const day = formatter("en-CA", m.timeZone, "day");
  const sameDay = day.format(m.startsAt) === day.format(m.endsAt);
  const end = sameDay
    ? time.format(m.endsAt)
    : formatter(locale[lang], m.timeZone, "dateTime").format(m.endsAt);
  return `${date}, ${time.format(m.startsAt)}–${end} (${m.timeZone})`;
}

/** One instant (a registration opening, say) as people read it in the meeting's zone, the zone named. */
export function formatInstant(lang: Lang, at: Date, timeZone: string): string {
  return `${formatter(locale[lang], timeZone, "dateTime").format(at)} (${timeZone})`;
}

/** The online link is for confirmed participants only, from 30 minutes before the start. */
export function onlineLinkFor(
  m: Pick<Meeting, "onlineUrl" | "startsAt">,
  reg: { status: string } | null,
  now: Date,
) {
  if (!m.onlineUrl || reg?.status !== "confirmed") return null;
  return now.getTime() >= m.startsAt.getTime() - 30 * 60_000 ? m.onlineUrl : null;
}
