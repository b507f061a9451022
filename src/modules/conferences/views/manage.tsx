// Coordinators' page for a conference: its tracks, sessions and speakers with links to add and
// edit them, and how many people registered and came.
import type { Ctx } from "../../../platform/http/context.ts";
import { render } from "../../../platform/ui/layout.tsx";
import type { Programme, Registration } from "../types.ts";
import { dayOf, longDay, timeOf } from "../when.ts";
import { placesText } from "./programme.tsx";

export function managePage(c: Ctx, d: { p: Programme; registrations: Registration[] }) {
  const t = c.get("t");
  const lang = c.get("lang");
  const conf = d.p.conference;
  const base = `/conferences/${conf.slug}`;
  const tracks = new Map(d.p.tracks.map((x) => [x.id, x]));
  const confirmed = d.registrations.filter((r) => r.status === "confirmed").length;
  const present = d.registrations.filter((r) => r.checkedInAt).length;
  return render(
    c,
    {
      title: t("conferences.manage.title"),
      breadcrumbs: [
        { href: "/conferences", label: t("conferences.title") },
        { href: base, label: conf.title },
        { label: t("conferences.manage.title") },
      ],
    },
    <div>
      <h1>{t("conferences.manage.heading", { title: conf.title })}</h1>
      <p>
        <a class="btn btn-outline-primary btn-sm" href={`${base}/edit`}>
          {t("conferences.edit")}
        </a>{" "}
        <a class="btn btn-outline-primary btn-sm" href={`${base}/check-in`}>
          {t("conferences.checkIn.title")}
        </a>{" "}
        <a class="btn btn-outline-primary btn-sm" href={`${base}/shift`}>
          {t("conferences.manage.shift")}
        </a>{" "}
        <a class="btn btn-outline-primary btn-sm" href={`${base}/duplicate`}>
          {t("conferences.manage.duplicate")}
        </a>
      </p>
      <p>
        {t("conferences.manage.counts", { confirmed, present, pending: d.registrations.length - confirmed })}
      </p>

      <section aria-labelledby="tracks" class="mt-4">
        <h2 id="tracks">{t("conferences.track.list")}</h2>
        {d.p.tracks.length ? (
          <ul>
            {d.p.tracks.map((x) => (
              <li>
                {x.name}
                {x.room ? ` — ${x.room}` : ""}{" "}
                <a href={`${base}/tracks/${x.id}/edit`}>{t("conferences.editNamed", { name: x.name })}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("conferences.track.none")}</p>
        )}
        <a class="btn btn-primary btn-sm" href={`${base}/tracks/new`}>
          {t("conferences.track.new")}
        </a>
      </section>

      <section aria-labelledby="sessions" class="mt-4">
        <h2 id="sessions">{t("conferences.session.list")}</h2>
        {d.p.sessions.length ? (
          <div class="table-responsive">
            <table class="table table-sm">
              <caption>{t("conferences.manage.timesIn", { zone: conf.timeZone })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("conferences.session.title")}</th>
                  <th scope="col">{t("conferences.session.day")}</th>
                  <th scope="col">{t("conferences.programme.time")}</th>
                  <th scope="col">{t("conferences.session.track")}</th>
                  <th scope="col">{t("conferences.programme.places")}</th>
                  <th scope="col">{t("conferences.manage.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {d.p.sessions.map((s) => (
                  <tr>
                    <th scope="row">{s.title}</th>
                    <td>{longDay(lang, dayOf(s.startsAt, conf.timeZone))}</td>
                    <td>
                      {timeOf(s.startsAt, conf.timeZone)}–{timeOf(s.endsAt, conf.timeZone)}
                    </td>
                    <td>{tracks.get(s.trackId)?.name ?? ""}</td>
                    <td>
                      {placesText(t, s)}
                      {s.waiting ? ` · ${t("conferences.places.waiting", { count: s.waiting })}` : ""}
                    </td>
                    <td>
                      <a href={`${base}/sessions/${s.id}/edit`}>
                        {t("conferences.editNamed", { name: s.title })}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("conferences.session.none")}</p>
        )}
        {d.p.tracks.length ? (
          <a class="btn btn-primary btn-sm" href={`${base}/sessions/new`}>
            {t("conferences.session.new")}
          </a>
        ) : (
          <p>{t("conferences.session.needTrack")}</p>
        )}
      </section>

      <section aria-labelledby="speakers" class="mt-4">
        <h2 id="speakers">{t("conferences.speakers.title")}</h2>
        {d.p.speakers.length ? (
          <ul>
            {d.p.speakers.map((s) => (
              <li>
                {s.name}
                {s.affiliation ? `, ${s.affiliation}` : ""}{" "}
                <a href={`${base}/speakers/${s.id}/edit`}>{t("conferences.editNamed", { name: s.name })}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("conferences.speakers.none")}</p>
        )}
        <a class="btn btn-primary btn-sm" href={`${base}/speakers/new`}>
          {t("conferences.speaker.new")}
        </a>
      </section>
    </div>,
  );
}
