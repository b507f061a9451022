// A meeting's time as people read it: in the meeting's own zone, with the zone named.
import type { Lang } from "../../platform/i18n/index.ts";
import type { Meeting } from "./labs.types.ts";

const locale: Record<Lang, string> = { it: "it-IT", en: "en-GB" };

export function formatWhen(lang: Lang, m: Pick<Meeting, "startsAt" | "endsAt" | "timeZone">): string {
  const date = new Intl.DateTimeFormat(locale[lang], { dateStyle: "full", timeZone: m.timeZone }).format(
    m.startsAt,
  );
  const time = new Intl.DateTimeFormat(locale[lang], { timeStyle: "short", timeZone: m.timeZone });
  const sameDay =
    new Intl.DateTimeFormat("en-CA", { timeZone: m.timeZone }).format(m.startsAt) ===
    new Intl.DateTimeFormat("en-CA", { timeZone: m.timeZone }).format(m.endsAt);
  const end = sameDay
    ? time.format(m.endsAt)
    : new Intl.DateTimeFormat(locale[lang], {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: m.timeZone,
      }).format(m.endsAt);
  return `${date}, ${time.format(m.startsAt)}–${end} (${m.timeZone})`;
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
