// The moderation queue: reports to review, reports waiting for their submitter, and flagged content.
// The queue's tables become lists on a phone (app.css `.table-stack`: each cell under its column's
// name).
import type { Ctx } from "../../../platform/http/context.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { moderationQueue } from "../workflow/moderation.service.ts";
import { date } from "./moderation.tsx";

type Queue = Awaited<ReturnType<typeof moderationQueue>>;

function QueueTable(c: Ctx, id: string, rows: Queue["waiting"]) {
  const t = c.get("t");
  if (!rows.length) return <p>{t("practices.moderation.empty")}</p>;
  return (
    <div class="table-responsive">
      <table class="table table-stack" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">{t("practices.moderation.col.title")}</th>
            <th scope="col">{t("practices.moderation.col.status")}</th>
            <th scope="col">{t("practices.moderation.col.submitter")}</th>
            <th scope="col">{t("practices.moderation.col.date")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <a href={`/practices/moderation/${r.id}`}>{r.title}</a>
              </td>
              <td data-label={t("practices.moderation.col.status")}>{t(`practices.status.${r.status}`)}</td>
              <td data-label={t("practices.moderation.col.submitter")}>
                {[r.submitter_name, r.organisation_name].filter(Boolean).join(", ") || "—"}
              </td>
              <td data-label={t("practices.moderation.col.date")}>{date(c, r.updated_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function queuePage(c: Ctx, q: Queue) {
  const t = c.get("t");
  const csrf = c.get("csrfToken")();
  return render(
    c,
    { title: t("practices.moderation.title") },
    <>
      <PageTitle title={t("practices.moderation.title")} lead={t("practices.moderation.lead")} />
      <section class="mb-5">
        <h2 id="queue-waiting">{t("practices.moderation.waiting")}</h2>
        {QueueTable(c, "queue-waiting", q.waiting)}
      </section>
      <section class="mb-5">
        <h2 id="queue-flags">{t("practices.moderation.flags")}</h2>
        {q.flags.length ? (
          <div class="table-responsive">
            <table class="table table-stack" aria-labelledby="queue-flags">
              <thead>
                <tr>
                  <th scope="col">{t("practices.moderation.col.title")}</th>
                  <th scope="col">{t("practices.moderation.col.what")}</th>
                  <th scope="col">{t("practices.moderation.col.reason")}</th>
                  <th scope="col">{t("practices.moderation.col.action")}</th>
                </tr>
              </thead>
              <tbody>
                {q.flags.map((f) => {
                  const actions = f.comment_id
                    ? ["dismiss", "hide-comment"]
                    : f.practice_status === "published"
                      ? ["dismiss", "unpublish"]
                      : ["dismiss"];
                  const field = `action-${f.id}`;
                  return (
                    <tr>
                      <td>
                        <a href={`/practices/moderation/${f.practice_id}`}>{f.title}</a>
                      </td>
                      <td data-label={t("practices.moderation.col.what")}>
                        {f.comment_id
                          ? t("practices.moderation.flagOnComment", {
                              body: (f.comment_body ?? "").slice(0, 200),
                            })
                          : t("practices.moderation.flagOnPractice")}
                      </td>
                      <td data-label={t("practices.moderation.col.reason")}>{f.reason}</td>
                      <td>
                        <form
                          method="post"
                          action={`/practices/moderation/flags/${f.id}`}
                          class="d-flex gap-2"
                        >
                          <input type="hidden" name="_csrf" value={csrf} />
                          <div class="select-wrapper">
                            <label for={field} class="visually-hidden">
                              {t("practices.moderation.flagActionLabel", { title: f.title })}
                            </label>
                            {/* As wide as its longest action (at 100 % of a shrinking cell it cut them). */}
                            <select id={field} name="action" class="w-auto">
                              {actions.map((a) => (
                                <option value={a}>{t(`practices.moderation.flagAction.${a}`)}</option>
                              ))}
                            </select>
                          </div>
                          <button type="submit" class="btn btn-primary btn-sm">
                            {t("practices.moderation.flagApply")}
                          </button>
                        </form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("practices.moderation.empty")}</p>
        )}
      </section>
      <section class="mb-5">
        <h2 id="queue-submitter">{t("practices.moderation.withSubmitter")}</h2>
        {QueueTable(c, "queue-submitter", q.withSubmitter)}
      </section>
    </>,
  );
}
