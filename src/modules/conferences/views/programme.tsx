// The programme of a conference, by day and by track: a heading per day, and per track a table
// whose column and row headers (time) are marked up so screen readers announce them. Times are
// shown in the conference's own zone, which is named above the programme.
import type { FC } from "hono/jsx";
import type { Lang, T } from "../../../platform/i18n/index.ts";
import type { Programme, Session } from "../types.ts";
import { dayOf, daysBetween, longDay, timeOf, zoneLabel } from "../when.ts";

export const placesText = (t: T, s: Session) =>
  s.capacity === null
    ? t("conferences.places.none")
    : s.taken < s.capacity
      ? t("conferences.places.left", { left: s.capacity - s.taken, capacity: s.capacity })
      : s.waiting > 0
        ? t("conferences.places.fullWaiting", { capacity: s.capacity, count: s.waiting })
        : t("conferences.places.full", { capacity: s.capacity });

export const ProgrammeView: FC<{ p: Programme; t: T; lang: Lang; headingLevel?: 2 | 3 }> = ({
  p,
  t,
  lang,
}) => {
  const c = p.conference;
  const speakers = new Map(p.speakers.map((s) => [s.id, s]));
  const days = daysBetween(c.startsOn, c.endsOn);
  const first = p.sessions[0]?.startsAt ?? new Date(`${c.startsOn}T12:00:00Z`);
  if (!p.sessions.length) return <p>{t("conferences.programme.empty")}</p>;
  return (
    <div>
      <p class="text-muted">
        {t("conferences.programme.zone", { zone: c.timeZone, abbr: zoneLabel(lang, first, c.timeZone) })}
      </p>
      {days.map((day) => {
        const ofDay = p.sessions.filter((s) => dayOf(s.startsAt, c.timeZone) === day);
        if (!ofDay.length) return null;
        const dayId = `day-${day}`;
        return (
          <section aria-labelledby={dayId} class="mb-5">
            <h3 id={dayId} class="h4 border-bottom pb-2">
              {longDay(lang, day)}
            </h3>
            {p.tracks.map((track) => {
              const rows = ofDay.filter((s) => s.trackId === track.id);
              if (!rows.length) return null;
              const trackId = `track-${day}-${track.id}`;
              return (
                <div class="mb-4">
                  <h4 id={trackId} class="h5">
                    {track.name}
                    {track.room ? <span class="fw-normal"> — {track.room}</span> : null}
                  </h4>
                  <div class="table-responsive">
                    <table class="table table-sm" aria-labelledby={trackId}>
                      <thead>
                        <tr>
                          <th scope="col">{t("conferences.programme.time")}</th>
                          <th scope="col">{t("conferences.programme.session")}</th>
                          <th scope="col">{t("conferences.programme.speakers")}</th>
                          <th scope="col">{t("conferences.programme.places")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((s) => (
                          <tr id={`session-${s.id}`}>
                            <th scope="row" class="text-nowrap">
                              <time datetime={s.startsAt.toISOString()}>
                                {timeOf(s.startsAt, c.timeZone)}
                              </time>
                              –<time datetime={s.endsAt.toISOString()}>{timeOf(s.endsAt, c.timeZone)}</time>
                            </th>
                            <td>
                              <span class="fw-semibold">{s.title}</span>
                              {s.description ? <p class="mb-0 small">{s.description}</p> : null}
                            </td>
                            <td>
                              {s.speakerIds.length ? (
                                <ul class="list-unstyled mb-0">
                                  {s.speakerIds.map((id) => {
                                    const sp = speakers.get(id);
                                    return sp ? (
                                      <li>
                                        <a href={`#speaker-${sp.id}`}>{sp.name}</a>
                                      </li>
                                    ) : null;
                                  })}
                                </ul>
                              ) : (
                                <span class="text-muted">—</span>
                              )}
                            </td>
                            <td>{placesText(t, s)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
};
