// Pages of public registration: "check your mail", the mailed link's page (one button: opening the
// link confirms nothing), a link that cannot be used, the person's own registration page (code,
// places in sessions and their waiting lists, certificate), and the public verification page of a
// certificate.
import { raw } from "hono/html";
import { showCheckInCode } from "../../../platform/codes.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, emptyForm } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { certificateOffered } from "../attendance.ts";
import type { Conference, Programme, Registration } from "../types.ts";
import { CONFIRM_PATH, certificatePath } from "../urls.ts";
import { dayOf, dayRange, longDay, timeOf } from "../when.ts";
import { placesText } from "./programme.tsx";

export function noticePage(
  c: Ctx,
  d: {
    title: string;
    paragraphs: string[];
    kind?: "info" | "danger";
    links?: { href: string; label: string }[];
  },
  status = 200,
) {
  return render(
    c,
    { title: d.title },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{d.title}</h1>
        <div class={`alert alert-${d.kind ?? "info"}`} role={d.kind === "danger" ? "alert" : "status"}>
          {d.paragraphs.map((p) => (
            <p class="mb-1">{p}</p>
          ))}
        </div>
        {d.links?.length ? (
          <ul class="list-unstyled">
            {d.links.map((l) => (
              <li>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>,
    status,
  );
}

export function confirmLinkPage(
  c: Ctx,
  d: { conference: Conference; registration: Registration; token: string },
) {
  const t = c.get("t");
  return formPage(c, {
    title: t("conferences.confirm.title"),
    lead: t("conferences.confirm.lead", {
      name: d.registration.name,
      email: d.registration.email,
      conference: d.conference.title,
    }),
    form: emptyForm(),
    action: CONFIRM_PATH,
    submit: t("conferences.confirm.submit"),
    children: <input type="hidden" name="token" value={d.token} />,
  });
}

export function myRegistrationPage(
  c: Ctx,
  d: {
    p: Programme;
    registration: Registration;
    access: string;
    now: Date;
    /** The check-in QR code (until the person has been checked in). */
    qrSvg?: string | null;
    message?: { kind: "success" | "info" | "danger"; text: string };
  },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const conf = d.p.conference;
  const r = d.registration;
  const bookable = d.p.sessions.filter((s) => s.capacity !== null);
  const title = t("conferences.me.title");
  const now = d.now.getTime();
  return render(
    c,
    {
      title,
      breadcrumbs: [
        { href: "/conferences", label: t("conferences.title") },
        { href: `/conferences/${conf.slug}`, label: conf.title },
        { label: title },
      ],
    },
    <div>
      <h1>{title}</h1>
      {d.message ? (
        <div class={`alert alert-${d.message.kind}`} role={d.message.kind === "danger" ? "alert" : "status"}>
          {d.message.text}
        </div>
      ) : null}
      <p class="lead">
        {t("conferences.me.lead", {
          name: r.name,
          conference: conf.title,
          dates: dayRange(lang, conf.startsOn, conf.endsOn),
        })}
      </p>
      <p>
        {t("conferences.me.code")} <strong class="fs-4">{showCheckInCode(r.code)}</strong>
      </p>
      <p class="text-muted">{t("conferences.me.codeHint")}</p>
      {d.qrSvg ? (
        <figure class="mb-3">
          <div
            class="qr-code"
            role="img"
            aria-label={t("conferences.me.qrAlt", { code: showCheckInCode(r.code) })}
          >
            {raw(d.qrSvg)}
          </div>
          <figcaption class="small">{t("conferences.me.qrCaption")}</figcaption>
        </figure>
      ) : null}

      <section aria-labelledby="my-sessions" class="mt-4">
        <h2 id="my-sessions">{t("conferences.me.sessions")}</h2>
        {bookable.length ? (
          <ul class="list-unstyled">
            {bookable.map((s) => {
              const mine = r.sessionIds.includes(s.id);
              const waiting = r.waitlisted.find((w) => w.sessionId === s.id);
              const full = s.capacity !== null && s.taken >= s.capacity;
              const started = s.startsAt.getTime() <= now;
              const held = mine || Boolean(waiting);
              const label = mine
                ? t("conferences.me.leave", { session: s.title })
                : waiting
                  ? t("conferences.me.leaveWait", { session: s.title })
                  : full
                    ? t("conferences.me.wait", { session: s.title })
                    : t("conferences.me.join", { session: s.title });
              return (
                <li class="mb-3">
                  <h3 class="h6 mb-1">{s.title}</h3>
                  <p class="mb-1 small">
                    {longDay(lang, dayOf(s.startsAt, conf.timeZone))}, {timeOf(s.startsAt, conf.timeZone)}–
                    {timeOf(s.endsAt, conf.timeZone)} ({conf.timeZone}) · {placesText(t, s)}
                    {mine ? ` · ${t("conferences.me.registered")}` : ""}
                    {waiting ? ` · ${t("conferences.me.waiting", { position: waiting.position })}` : ""}
                  </p>
                  {started ? null : (
                    <form method="post" action={`/conferences/${conf.slug}/me/sessions`}>
                      <Csrf token={c.get("csrfToken")()} />
                      <input type="hidden" name="t" value={d.access} />
                      <input type="hidden" name="session" value={s.id} />
                      <input type="hidden" name="action" value={held ? "leave" : "join"} />
                      <button
                        type="submit"
                        class={`btn btn-sm ${held ? "btn-outline-danger" : "btn-outline-primary"}`}
                      >
                        {label}
                      </button>
                    </form>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t("conferences.me.noBookable")}</p>
        )}
      </section>

      <section aria-labelledby="certificate" class="mt-4">
        <h2 id="certificate">{t("conferences.me.certificate")}</h2>
        {certificateOffered(conf, r, d.now) ? (
          <>
            <p>
              <a class="btn btn-primary" href={certificatePath(conf.slug, d.access)}>
                {t("conferences.me.download")}
              </a>
            </p>
            <form method="post" action={`/conferences/${conf.slug}/me/certificate/email`}>
              <Csrf token={c.get("csrfToken")()} />
              <input type="hidden" name="t" value={d.access} />
              <button type="submit" class="btn btn-outline-primary">
                {t("conferences.me.emailIt", { email: r.email })}
              </button>
            </form>
            <p class="mt-2">
              <a href={`/certificates/${r.certificateCode}`}>{t("conferences.me.verifyLink")}</a>
            </p>
          </>
        ) : r.checkedInAt ? (
          <p>{t("conferences.me.certificateFrom", { day: longDay(lang, conf.startsOn) })}</p>
        ) : (
          <p>{t("conferences.me.noCertificate")}</p>
        )}
      </section>

      {r.checkedInAt ? null : (
        <section aria-labelledby="cancel" class="mt-5">
          <h2 id="cancel">{t("conferences.me.cancelHeading")}</h2>
          <p>{t("conferences.me.cancelHint")}</p>
          <form method="post" action={`/conferences/${conf.slug}/me/cancel`}>
            <Csrf token={c.get("csrfToken")()} />
            <input type="hidden" name="t" value={d.access} />
            <button type="submit" class="btn btn-outline-danger">
              {t("conferences.me.cancelButton", { conference: conf.title })}
            </button>
          </form>
        </section>
      )}
    </div>,
    status,
  );
}

export function verificationPage(
  c: Ctx,
  d: { found: { name: string; conference: Conference; code: string } | null; code: string },
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const title = t("conferences.verify.title");
  const f = d.found;
  return render(
    c,
    { title },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
        {f ? (
          <>
            <div class="alert alert-success" role="status">
              <p class="mb-0">{t("conferences.verify.valid")}</p>
            </div>
            <dl class="row">
              <dt class="col-sm-4">{t("conferences.verify.name")}</dt>
              <dd class="col-sm-8">{f.name}</dd>
              <dt class="col-sm-4">{t("conferences.verify.conference")}</dt>
              <dd class="col-sm-8">
                <a href={`/conferences/${f.conference.slug}`}>{f.conference.title}</a>
              </dd>
              <dt class="col-sm-4">{t("conferences.dates")}</dt>
              <dd class="col-sm-8">{dayRange(lang, f.conference.startsOn, f.conference.endsOn)}</dd>
              {f.conference.venue ? (
                <>
                  <dt class="col-sm-4">{t("conferences.venue")}</dt>
                  <dd class="col-sm-8">{f.conference.venue}</dd>
                </>
              ) : null}
              <dt class="col-sm-4">{t("conferences.verify.code")}</dt>
              <dd class="col-sm-8">
                <code>{f.code}</code>
              </dd>
            </dl>
          </>
        ) : (
          <div class="alert alert-danger" role="alert">
            <p class="mb-0">{t("conferences.verify.unknown", { code: d.code.slice(0, 40) })}</p>
          </div>
        )}
      </div>
    </div>,
    f ? 200 : 404,
  );
}
