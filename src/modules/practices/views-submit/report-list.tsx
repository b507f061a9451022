// A person's reports and where each stands, with the edit link where the coordinators asked for
// changes: on the report form (/practices/new) and in their own area (/me).
import type { T } from "../../../platform/i18n/index.ts";

type Report = { id: string; slug: string; title: string; status: string };

export function ReportList({ t, reports }: { t: T; reports: Report[] }) {
  return (
    <ul class="list-unstyled">
      {reports.map((r) => (
        <li class="mb-2">
          {r.status === "published" ? <a href={`/practices/${r.slug}`}>{r.title}</a> : r.title}
          <span class="d-block small">
            {t(`practices.status.${r.status}`)}
            {r.status === "changes-requested" ? (
              <>
                {" · "}
                <a href={`/practices/submissions/${r.id}/edit`}>{t("practices.submit.editReport")}</a>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
