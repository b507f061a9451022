// The catalogue's section of the person's own area (/me): the practices they reported and where
// each stands, with the edit link where the coordinators asked for changes.
import type { Ctx } from "../../../platform/http/context.ts";
import { moderationQueue } from "../workflow/moderation.service.ts";
import { hasQueue } from "../workflow/policy.ts";
import { myReports } from "../workflow/submissions.service.ts";
import { ReportList } from "./report-list.tsx";

export async function myReportsSection(c: Ctx) {
  const actor = c.get("actor");
  if (!actor) return null;
  const t = c.get("t");
  const [reports, queue] = await Promise.all([
    myReports(c.get("deps"), actor),
    hasQueue(actor) ? moderationQueue(c.get("deps"), actor) : null,
  ]);
  return (
    <section aria-labelledby="me-reports" class="mb-4">
      <h2 id="me-reports" class="h4">
        {t("practices.submit.reports")}
      </h2>
      {queue ? (
        // What waits for a moderator, first: the reports and flagged comments of their networks.
        <p>
          <a class="fw-semibold" href="/practices/moderation">
            {t("practices.me.toModerate", { n: queue.waiting.length, flags: queue.flags.length })}
          </a>
        </p>
      ) : null}
      {reports.length === 0 ? <p>{t("practices.me.none")}</p> : <ReportList t={t} reports={reports} />}
      <p>
        <a href="/practices/new">{t("practices.me.new")}</a>
      </p>
    </section>
  );
}
