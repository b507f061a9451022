// A meeting: when (in its own zone), where, places, agenda, the registration forms (with the
// meeting's questions), the participant's QR code for check-in, the minutes, the closing figures,
// and the calendar links. Managers also get links to edit, the registrations, check-in and minutes.

import { raw } from "hono/html";
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, emptyForm, type FormState, PageTitle, TextArea } from "../../../platform/ui/components.tsx";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { Slot } from "../../../platform/ui/slots.tsx";
import type { Lab, Meeting } from "../labs.types.ts";
import type { Material } from "../materials/service.ts";
import { formatInstant, formatWhen } from "../when.ts";
import { AgendaList } from "./agenda.tsx";
import { MaterialItem } from "./materials-parts.tsx";

export type RegistrationView = {
  mine: { status: string; code: string } | null;
  /** Why registering is not possible now (a message key), or null. */
  block: string | null;
  signedIn: boolean;
  onlineLink: string | null;
  /** The participant's check-in QR code (SVG markup), for a confirmed place. */
  qrSvg?: string | null;
  /** The register form's state (answers to the questions and their errors). */
  form?: FormState;
};

export function meetingPage(
  c: Ctx,
  p: {
    lab: Lab;
    meeting: Meeting;
    reg: RegistrationView;
    calendarLinks: { google: string; outlook: string; office365: string };
    /** Shown to those who manage the lab: links to edit, registrations, check-in and minutes. */
    canManage?: boolean;
    /** The minutes rendered from Markdown (safe HTML), if any. */
    minutesHtml?: string;
    /** The lab's materials attached to this meeting that the viewer may see. */
    materials?: Material[];
  },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { lab, meeting: m, reg } = p;
  const base = `/labs/${lab.slug}/meetings/${m.slug}`;
  const left = m.capacity === null ? null : Math.max(0, m.capacity - m.confirmed);
  const form = reg.form ?? emptyForm();
  const qLabels = Object.fromEntries(m.questions.map((q) => [`q_${q.id}`, q.label]));
  return render(
    c,
    {
      title: m.title,
      breadcrumbs: [
        { href: "/labs", label: t("labs.title") },
        { href: `/labs/${lab.slug}`, label: lab.title },
        { label: m.title },
      ],
    },
    <>
      <PageTitle title={m.title} lead={m.kind || undefined} />
      {p.canManage ? (
        <nav aria-label={t("labs.manage.nav")} class="mb-4">
          <ul class="list-inline">
            {m.status === "scheduled" ? (
              <li class="list-inline-item">
                <a class="btn btn-outline-primary btn-sm" href={`${base}/edit`}>
                  {t("labs.edit.link")}
                </a>
              </li>
            ) : null}
            <li class="list-inline-item">
              <a class="btn btn-outline-primary btn-sm" href={`${base}/registrations`}>
                {t("labs.attendance.link")}
              </a>
            </li>
            {m.status === "scheduled" ? (
              <li class="list-inline-item">
                <a class="btn btn-outline-primary btn-sm" href={`${base}/check-in`}>
                  {t("labs.checkin.link")}
                </a>
              </li>
            ) : null}
            <li class="list-inline-item">
              <a class="btn btn-outline-primary btn-sm" href={`${base}/minutes`}>
                {t("labs.minutes.link")}
              </a>
            </li>
          </ul>
        </nav>
      ) : null}
      {m.status !== "scheduled" ? (
        <div class="alert alert-warning" role="status">
          {t(`labs.meetings.status.${m.status}`)}
        </div>
      ) : null}
      <dl class="row">
        <dt class="col-sm-3">{t("labs.meetings.when")}</dt>
        <dd class="col-sm-9">{formatWhen(lang, m)}</dd>
        <dt class="col-sm-3">{t("labs.meetings.mode")}</dt>
        <dd class="col-sm-9">{t(`labs.meetings.mode.${m.mode}`)}</dd>
        {m.venue ? (
          <>
            <dt class="col-sm-3">{t("labs.meetings.where")}</dt>
            <dd class="col-sm-9">{[m.venue, m.address].filter(Boolean).join(", ")}</dd>
          </>
        ) : null}
        {m.accessibilityNotes ? (
          <>
            <dt class="col-sm-3">{t("labs.meetings.accessibility")}</dt>
            <dd class="col-sm-9">{m.accessibilityNotes}</dd>
          </>
        ) : null}
        {m.status === "closed" ? (
          <>
            <dt class="col-sm-3">{t("labs.close.attendees")}</dt>
            <dd class="col-sm-9">{String(m.attendees ?? 0)}</dd>
            <dt class="col-sm-3">{t("labs.close.organisations")}</dt>
            <dd class="col-sm-9">{String(m.attendingOrganisations ?? 0)}</dd>
          </>
        ) : (
          <>
            <dt class="col-sm-3">{t("labs.meetings.places")}</dt>
            <dd class="col-sm-9">
              {left === null
                ? t("labs.meetings.unlimited")
                : t("labs.meetings.placesLeft", { left, capacity: m.capacity! })}
              {m.waitlisted ? ` · ${t("labs.meetings.waiting", { n: m.waitlisted })}` : ""}
            </dd>
          </>
        )}
      </dl>
      {m.description ? <p class="text-pre-line">{m.description}</p> : null}
      {m.agenda.length ? (
        <section aria-labelledby="agenda">
          <h2 id="agenda" class="h4">
            {t("labs.meetings.agenda")}
          </h2>
          <AgendaList t={t} items={m.agenda} />
        </section>
      ) : null}
      {p.materials?.length ? (
        <section aria-labelledby="meeting-materials">
          <h2 id="meeting-materials" class="h4">
            {t("labs.meetings.materials")}
          </h2>
          <ul class="list-unstyled">
            {p.materials.map((x) => (
              <MaterialItem c={c} lab={lab} m={x} meetings={[m]} />
            ))}
          </ul>
        </section>
      ) : null}
      {m.status !== "closed" ? (
        <section aria-labelledby="registration">
          <h2 id="registration" class="h4">
            {t("labs.reg.title")}
          </h2>
          {m.registration === "pa" ? (
            <p>
              <span class="badge bg-warning text-dark">{t("labs.reg.paBadge")}</span>
            </p>
          ) : null}
          {reg.mine ? (
            <>
              <p>
                {reg.mine.status === "confirmed"
                  ? t("labs.reg.confirmed", { code: reg.mine.code })
                  : t("labs.reg.waitlisted")}
              </p>
              {reg.mine.status === "confirmed" && reg.qrSvg ? (
                <figure class="mb-3">
                  <div
                    class="qr-code"
                    role="img"
                    aria-label={t("labs.checkin.qrAlt", { code: reg.mine.code })}
                  >
                    {raw(reg.qrSvg)}
                  </div>
                  <figcaption class="small">{t("labs.checkin.qrCaption")}</figcaption>
                </figure>
              ) : null}
              {reg.mine.status === "confirmed" && m.mode !== "in-person" ? (
                reg.onlineLink ? (
                  <p>
                    <a class="btn btn-primary" href={reg.onlineLink} rel="noopener noreferrer">
                      {t("labs.meetings.join")}
                    </a>
                  </p>
                ) : (
                  <p>{t("labs.meetings.linkLater")}</p>
                )
              ) : null}
              <p>
                <a href="/me/meetings">{t("labs.my.title")}</a>
              </p>
              {m.status === "scheduled" ? (
                <form method="post" action={`${base}/cancel`}>
                  <Csrf token={c.get("csrfToken")()} />
                  <button type="submit" class="btn btn-outline-danger">
                    {t("labs.reg.cancel")}
                  </button>
                </form>
              ) : null}
            </>
          ) : reg.block ? (
            <p>
              {t(reg.block)}
              {reg.block === "labs.reg.notYetOpen" && m.registrationOpensAt
                ? ` ${t("labs.reg.opensAt", { when: formatInstant(lang, m.registrationOpensAt, m.timeZone) })}`
                : null}
              {reg.block === "labs.reg.windowClosed" && m.registrationClosesAt
                ? ` ${t("labs.reg.closedAt", { when: formatInstant(lang, m.registrationClosesAt, m.timeZone) })}`
                : null}
              {reg.block === "labs.reg.paOnlySignIn" ? (
                <>
                  {" "}
                  <a href={`/sign-in?next=${encodeURIComponent(base)}`}>{t("labs.reg.signIn")}</a>
                </>
              ) : null}
            </p>
          ) : reg.signedIn ? (
            <FormBlock
              c={c}
              form={form}
              labels={qLabels}
              action={`${base}/register`}
              submit={t("labs.reg.register")}
            >
              {m.questions.map((q) => (
                <TextArea
                  form={form}
                  name={`q_${q.id}`}
                  label={q.label}
                  required={q.required}
                  rows={2}
                  maxlength={2000}
                />
              ))}
            </FormBlock>
          ) : (
            <p>
              <a class="btn btn-primary" href={`/sign-in?next=${encodeURIComponent(base)}`}>
                {t("labs.reg.signIn")}
              </a>
            </p>
          )}
        </section>
      ) : null}
      {p.minutesHtml ? (
        <section aria-labelledby="minutes" class="mt-4">
          <h2 id="minutes" class="h4">
            {t("labs.minutes.title")}
          </h2>
          <div class="minutes">{raw(p.minutesHtml)}</div>
        </section>
      ) : null}
      <Slot c={c} name="labs.meeting.after-details" subject={{ meetingId: m.id }} />
      <section aria-labelledby="add-to-calendar" class="mt-4">
        <h2 id="add-to-calendar" class="h5">
          {t("labs.cal.title")}
        </h2>
        <ul class="list-inline">
          <li class="list-inline-item">
            <a href={`${base}/calendar.ics`} download={`${m.slug}.ics`}>
              {t("labs.cal.ics")}
            </a>
          </li>
          <li class="list-inline-item">
            <a href={p.calendarLinks.google} rel="noopener noreferrer">
              {t("labs.cal.google")}
            </a>
          </li>
          <li class="list-inline-item">
            <a href={p.calendarLinks.outlook} rel="noopener noreferrer">
              {t("labs.cal.outlook")}
            </a>
          </li>
          <li class="list-inline-item">
            <a href={p.calendarLinks.office365} rel="noopener noreferrer">
              {t("labs.cal.office365")}
            </a>
          </li>
        </ul>
      </section>
    </>,
    status,
  );
}
