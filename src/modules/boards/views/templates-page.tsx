// The templates saved in a network: each with its columns, who saved it and when, a link to create
// a session from it, and (for the person who saved it, coordinators and admins) a delete button.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { Csrf, PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { SavedTemplate } from "../templates.repo.ts";
import "../messages.templates.ts";

type NetworkRef = { slug: string; name: string };

export function templatesPage(
  c: Ctx,
  network: NetworkRef,
  templates: (SavedTemplate & { canDelete: boolean })[],
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const csrf = c.get("csrfToken")();
  const base = `/networks/${network.slug}/boards`;
  return render(
    c,
    {
      title: t("boards.templates.titleIn", { network: network.name }),
      breadcrumbs: [
        { href: `/networks/${network.slug}`, label: network.name },
        { href: base, label: t("boards.title") },
        { label: t("boards.templates.title") },
      ],
    },
    <>
      <PageTitle title={t("boards.templates.title")} lead={t("boards.templates.lead")} />
      {templates.length === 0 ? (
        <p>{t("boards.templates.none")}</p>
      ) : (
        <ul class="list-unstyled">
          {templates.map((tpl) => (
            <li class="mb-4" id={`template-${tpl.id}`}>
              <h2 class="h4 mb-1">{tpl.name}</h2>
              <p class="mb-1">
                {t("boards.templates.savedBy", {
                  by: tpl.createdByName,
                  date: formatDate(lang, tpl.createdAt, "Europe/Rome"),
                })}
              </p>
              <h3 class="h6 mb-1">{t("boards.templates.columns")}</h3>
              <ol>
                {tpl.columns.map((col) => (
                  <li>
                    <strong>{col.title}</strong>
                    {col.prompt ? ` — ${col.prompt}` : ""}
                  </li>
                ))}
              </ol>
              <div class="d-flex flex-wrap gap-2 align-items-center">
                <a
                  class="btn btn-sm btn-primary"
                  href={`${base}/new?template=${encodeURIComponent(`saved:${tpl.id}`)}`}
                >
                  {t("boards.templates.use", { name: tpl.name })}
                </a>
                {tpl.canDelete ? (
                  <form method="post" action={`${base}/templates/${tpl.id}/delete`} class="d-inline">
                    <Csrf token={csrf} />
                    <button type="submit" class="btn btn-sm btn-outline-danger">
                      {t("boards.templates.delete", { name: tpl.name })}
                    </button>
                  </form>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>,
  );
}
