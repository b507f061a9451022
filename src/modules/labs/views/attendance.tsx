// Pages for the lab's managers during and after a meeting: the registrations (attendance list with
// answers, register someone, close the meeting), check-in by code, and the minutes editor.
import type { Ctx } from "../../../platform/http/context.ts";
import { dateTimeFormat } from "../../../platform/i18n/index.ts";
import { Csrf, type FormState, PageTitle, TextArea, TextField } from "../../../platform/ui/components.tsx";
import { ConflictSummary, FormBlock, formPage } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Lab, Meeting } from "../labs.types.ts";
import type { AttendanceEntry } from "../meetings/attendance.service.ts";
import { formatWhen } from "../when.ts";

const crumbs = (c: Ctx, lab: Lab, m: Meeting, label: string) => [
  { href: "/labs", label: c.get("t")("labs.title") },
  { href: `/labs/${lab.slug}`, label: lab.title },
  { href: `/labs/${lab.slug}/meetings/${m.slug}`, label: m.title },
  { label },
];

/** The outcome of the action just done, announced to screen readers (the page is the response). */
export type Notice = { kind: "success" | "info"; text: string };
const NoticeBox = ({ notice }: { notice?: Notice | undefined }) =>
  notice ? (
    <div class={`alert alert-${notice.kind}`} role="status">
      {notice.text}
    </div>
  ) : null;

const time = (lang: string, d: Date, tz: string) =>
  dateTimeFormat(lang === "en" ? "en-GB" : "it-IT", {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: tz,
  }).format(d);

export function attendancePage(
  c: Ctx,
  p: {
    lab: Lab;
    meeting: Meeting;
    entries: AttendanceEntry[];
    form: FormState;
    canClose: boolean;
    notice?: Notice;
  },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { lab, meeting: m } = p;
  const base = `/labs/${lab.slug}/meetings/${m.slug}`;
  const title = t("labs.attendance.title", { title: m.title });
  const present = p.entries.filter((e) => e.checkedInAt).length;
  const labels: Record<string, string> = {
    email: t("labs.attendance.email"),
    ...Object.fromEntries(m.questions.map((q) => [`q_${q.id}`, q.label])),
  };
  return render(
    c,
    { title, breadcrumbs: crumbs(c, lab, m, t("labs.attendance.crumb")) },
    <>
      <PageTitle title={title} lead={formatWhen(lang, m)} />
      <NoticeBox notice={p.notice} />
      <p>
        {t("labs.attendance.summary", {
          confirmed: m.confirmed,
          waitlisted: m.waitlisted,
          present,
        })}
      </p>
      {m.status === "scheduled" ? (
        <p>
          <a class="btn btn-primary btn-sm" href={`${base}/check-in`}>
            {t("labs.checkin.link")}
          </a>
        </p>
      ) : null}
      {p.entries.length === 0 ? (
        <p>{t("labs.attendance.none")}</p>
      ) : (
        <div class="table-responsive">
          <table class="table">
            <caption>{t("labs.attendance.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("labs.attendance.name")}</th>
                <th scope="col">{t("labs.attendance.organisations")}</th>
                <th scope="col">{t("labs.attendance.status")}</th>
                <th scope="col">{t("labs.attendance.code")}</th>
                <th scope="col">{t("labs.attendance.checkedIn")}</th>
                <th scope="col">{t("labs.attendance.answers")}</th>
              </tr>
            </thead>
            <tbody>
              {p.entries.map((e) => (
                <tr>
                  <th scope="row">
                    {e.name}
                    <span class="d-block small">{e.email}</span>
                    {e.registeredBy ? (
                      <span class="d-block small">
                        {t("labs.attendance.registeredBy", { name: e.registeredBy })}
                      </span>
                    ) : null}
                  </th>
                  <td>{e.organisations.join(", ")}</td>
                  <td>{t(`labs.attendance.status.${e.status}`)}</td>
                  <td>
                    <code>{e.code}</code>
                  </td>
                  <td>
                    {e.checkedInAt ? time(lang, e.checkedInAt, m.timeZone) : t("labs.attendance.notYet")}
                  </td>
                  <td>
                    {e.answers.length ? (
                      <dl class="mb-0 small">
                        {e.answers.map((a) => (
                          <>
                            <dt>{a.label}</dt>
                            <dd class="mb-1">{a.answer}</dd>
                          </>
                        ))}
                      </dl>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {m.status === "scheduled" ? (
        <section aria-labelledby="on-behalf" class="mt-4">
          <h2 id="on-behalf" class="h4">
            {t("labs.attendance.onBehalf")}
          </h2>
          <p>{t("labs.attendance.onBehalfLead")}</p>
          <FormBlock
            c={c}
            form={p.form}
            labels={labels}
            action={`${base}/registrations`}
            submit={t("labs.attendance.register")}
          >
            <TextField
              form={p.form}
              name="email"
              type="email"
              label={labels.email!}
              required
              autocomplete="off"
            />
            {m.questions.map((q) => (
              <TextArea form={p.form} name={`q_${q.id}`} label={q.label} rows={2} maxlength={2000} />
            ))}
          </FormBlock>
        </section>
      ) : null}
      {m.status === "scheduled" ? (
        <section aria-labelledby="close" class="mt-5">
          <h2 id="close" class="h4">
            {t("labs.close.title")}
          </h2>
          {p.canClose ? (
            <>
              <p id="close-hint">{t("labs.close.hint", { present })}</p>
              <form method="post" action={`${base}/close`}>
                <Csrf token={c.get("csrfToken")()} />
                <button type="submit" class="btn btn-outline-primary" aria-describedby="close-hint">
                  {t("labs.close.button")}
                </button>
              </form>
            </>
          ) : (
            <p>{t("labs.close.notYet")}</p>
          )}
        </section>
      ) : null}
    </>,
    status,
  );
}

export function checkInPage(
  c: Ctx,
  p: { lab: Lab; meeting: Meeting; form: FormState; present: number; confirmed: number; notice?: Notice },
  status = 200,
) {
  const t = c.get("t");
  const { lab, meeting: m } = p;
  const base = `/labs/${lab.slug}/meetings/${m.slug}`;
  const title = t("labs.checkin.title", { title: m.title });
  const labels = { code: t("labs.checkin.code") };
  return formPage(
    c,
    {
      title,
      breadcrumbs: crumbs(c, lab, m, t("labs.checkin.crumb")),
      width: "narrow",
      intro: (
        <>
          <NoticeBox notice={p.notice} />
          <p>{t("labs.checkin.count", { present: p.present, confirmed: p.confirmed })}</p>
        </>
      ),
      form: p.form,
      labels,
      action: `${base}/check-in`,
      submit: t("labs.checkin.submit"),
      children: (
        <TextField
          form={p.form}
          name="code"
          label={labels.code}
          hint={t("labs.checkin.hint")}
          required
          autocomplete="off"
          maxlength={40}
        />
      ),
      after: (
        <p class="mt-4">
          <a href={`${base}/registrations`}>{t("labs.attendance.link")}</a>
        </p>
      ),
    },
    status,
  );
}

export function minutesPage(
  c: Ctx,
  p: {
    lab: Lab;
    meeting: Meeting;
    form: FormState;
    /** After a refused save: what the other person saved meanwhile. */
    conflict?: { minutes: string };
  },
  status = 200,
) {
  const t = c.get("t");
  const { lab, meeting: m } = p;
  const base = `/labs/${lab.slug}/meetings/${m.slug}`;
  const title = t("labs.minutes.editTitle", { title: m.title });
  const labels = { minutes: t("labs.minutes.field") };
  return formPage(
    c,
    {
      title,
      breadcrumbs: crumbs(c, lab, m, t("labs.minutes.crumb")),
      form: p.form,
      labels,
      summary: p.conflict ? (
        <>
          <ConflictSummary title={t("labs.minutes.conflictTitle")} body={t("labs.minutes.conflictBody")} />
          <section aria-labelledby="theirs" class="mb-4">
            <h2 id="theirs" class="h5">
              {t("labs.minutes.theirs")}
            </h2>
            <pre class="border p-2 text-wrap">{p.conflict.minutes}</pre>
          </section>
        </>
      ) : undefined,
      action: `${base}/minutes`,
      submit: p.conflict ? t("labs.minutes.saveAnyway") : t("labs.minutes.save"),
      cancel: { href: base, label: t("labs.minutes.back") },
      children: (
        <>
          <input type="hidden" name="baseVersion" value={p.form.values.baseVersion ?? "0"} />
          <TextArea
            form={p.form}
            name="minutes"
            label={p.conflict ? t("labs.minutes.yours") : labels.minutes}
            hint={t("labs.minutes.hint")}
            rows={16}
          />
        </>
      ),
    },
    status,
  );
}
