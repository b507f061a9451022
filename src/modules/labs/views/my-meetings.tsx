// A person's meetings (registered or waiting) and their personal calendar feed, with a form to make a
// new secret address (the old one stops working).
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { MyMeeting } from "../calendar.service.ts";
import { formatWhen } from "../when.ts";

export function myMeetingsPage(c: Ctx, p: { meetings: MyMeeting[]; feedUrl: string }) {
  const t = c.get("t");
  const lang = c.get("lang");
  return render(
    c,
    {
      title: t("labs.my.title"),
      breadcrumbs: [{ href: "/account", label: t("identity.account.title") }, { label: t("labs.my.title") }],
    },
    <>
      <PageTitle title={t("labs.my.title")} lead={t("labs.my.lead")} />
      {p.meetings.length === 0 ? (
        <p>{t("labs.my.none")}</p>
      ) : (
        <ul class="list-unstyled">
          {p.meetings.map(({ lab, meeting: m, status, code }) => (
            <li class="mb-3">
              <a href={`/labs/${lab.slug}/meetings/${m.slug}`}>{m.title}</a>
              <span class="d-block small">
                {lab.title} · {formatWhen(lang, m)}
              </span>
              <span class="d-block small">
                {status === "confirmed"
                  ? t("labs.my.status.confirmed", { code })
                  : t("labs.my.status.waitlisted")}
                {m.status !== "scheduled" ? ` · ${t(`labs.meetings.status.${m.status}`)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="feed" class="mt-4">
        <h2 id="feed" class="h4">
          {t("labs.my.feedTitle")}
        </h2>
        <p>{t("labs.my.feedLead")}</p>
        <div class="form-group">
          <label for="feed-url" class="active">
            {t("labs.my.feedUrl")}
          </label>
          <input id="feed-url" class="form-control" type="text" readonly value={p.feedUrl} />
        </div>
        <form method="post" action="/account/meetings/calendar/reset">
          <Csrf token={c.get("csrfToken")()} />
          <p class="small" id="reset-hint">
            {t("labs.my.resetHint")}
          </p>
          <button type="submit" class="btn btn-outline-primary" aria-describedby="reset-hint">
            {t("labs.my.reset")}
          </button>
        </form>
      </section>
    </>,
  );
}
