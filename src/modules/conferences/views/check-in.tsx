// Check-in at the door: a form for the code a person shows or says, and the attendance list
// (everyone confirmed, who came and when).

import { showCheckInCode } from "../../../platform/codes.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import { dateTimeFormat } from "../../../platform/i18n/index.ts";
import { type FormState, TextField } from "../../../platform/ui/components.tsx";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Conference, Registration } from "../types.ts";
import { longDay } from "../when.ts";

export function checkInPage(
  c: Ctx,
  d: {
    conference: Conference;
    registrations: Registration[];
    form: FormState;
    done?: string;
    /** Check-in is open (the first day has come); before it, a reason is asked for. */
    open: boolean;
  },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const conf = d.conference;
  const labels = { code: t("conferences.checkIn.code"), reason: t("conferences.checkIn.reason") };
  const confirmed = d.registrations.filter((r) => r.status === "confirmed");
  const time = dateTimeFormat(lang === "it" ? "it-IT" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: conf.timeZone,
  });
  return render(
    c,
    {
      title: t("conferences.checkIn.title"),
      breadcrumbs: [
        { href: "/conferences", label: t("conferences.title") },
        { href: `/conferences/${conf.slug}`, label: conf.title },
        { label: t("conferences.checkIn.title") },
      ],
    },
    <div>
      <h1>{t("conferences.checkIn.heading", { title: conf.title })}</h1>
      {d.done ? (
        <div class="alert alert-success" role="status">
          {d.done}
        </div>
      ) : null}
      {d.open ? null : (
        <div class="alert alert-warning" role="note">
          {t("conferences.checkIn.opensOn", { day: longDay(lang, conf.startsOn) })}
        </div>
      )}
      <div class="row">
        <div class="col-12 col-lg-6">
          <FormBlock
            c={c}
            form={d.form}
            labels={labels}
            action={`/conferences/${conf.slug}/check-in`}
            submit={t("conferences.checkIn.submit")}
          >
            <TextField
              form={d.form}
              name="code"
              label={labels.code}
              required
              hint={t("conferences.checkIn.hint")}
              autocomplete="off"
            />
            {d.open ? null : (
              <TextField
                form={d.form}
                name="reason"
                label={labels.reason}
                hint={t("conferences.checkIn.reasonHint")}
                maxlength={500}
                autocomplete="off"
              />
            )}
          </FormBlock>
        </div>
      </div>
      <section aria-labelledby="attendance" class="mt-4">
        <h2 id="attendance">{t("conferences.checkIn.list", { n: confirmed.length })}</h2>
        {confirmed.length ? (
          <div class="table-responsive">
            <table class="table table-sm">
              <thead>
                <tr>
                  <th scope="col">{t("conferences.register.name")}</th>
                  <th scope="col">{t("conferences.checkIn.code")}</th>
                  <th scope="col">{t("conferences.checkIn.when")}</th>
                </tr>
              </thead>
              <tbody>
                {confirmed.map((r) => (
                  <tr>
                    <th scope="row">{r.name}</th>
                    <td>
                      <code>{showCheckInCode(r.code)}</code>
                    </td>
                    <td>{r.checkedInAt ? time.format(r.checkedInAt) : t("conferences.checkIn.notYet")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("conferences.checkIn.none")}</p>
        )}
      </section>
    </div>,
    status,
  );
}
