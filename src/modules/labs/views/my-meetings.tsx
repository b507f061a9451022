// A person's meetings (registered or waiting) and their personal calendar feed. Only a hash of the
// feed's secret address is stored, so the address is shown once, on the answer that makes it; later
// visits say when it was made and offer a new one (the old one then stops working).
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { Csrf, PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { MyMeeting } from "../meetings/calendar.service.ts";
import { formatWhen } from "../when.ts";

export type FeedState =
  | { kind: "none" }
  | { kind: "made"; at: Date }
  | { kind: "new"; url: string; replaced: boolean };

export function myMeetingsPage(c: Ctx, p: { meetings: MyMeeting[]; feed: FeedState }) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { feed } = p;
  return render(
    c,
    {
      title: t("labs.my.title"),
      breadcrumbs: [{ href: "/me", label: t("layout.myArea") }, { label: t("labs.my.title") }],
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
        {feed.kind === "new" ? (
          <>
            <div class="alert alert-success" role="status">
              {feed.replaced ? <p>{t("labs.my.resetDone")}</p> : null}
              <p class="mb-0">{t("labs.my.feedNew")}</p>
            </div>
            <div class="form-group">
              <label for="feed-url" class="active">
                {t("labs.my.feedUrl")}
              </label>
              <input id="feed-url" class="form-control" type="text" readonly value={feed.url} />
            </div>
          </>
        ) : feed.kind === "made" ? (
          <p>{t("labs.my.feedMade", { date: formatDate(lang, feed.at, c.get("deps").config.timeZone) })}</p>
        ) : (
          <p>{t("labs.my.feedNone")}</p>
        )}
        <form method="post" action="/me/meetings/calendar/reset">
          <Csrf token={c.get("csrfToken")()} />
          {feed.kind === "none" ? (
            <button type="submit" class="btn btn-primary">
              {t("labs.my.create")}
            </button>
          ) : (
            <>
              <p class="small" id="reset-hint">
                {t("labs.my.resetHint")}
              </p>
              <button type="submit" class="btn btn-outline-primary" aria-describedby="reset-hint">
                {t("labs.my.reset")}
              </button>
            </>
          )}
        </form>
      </section>
    </>,
  );
}
