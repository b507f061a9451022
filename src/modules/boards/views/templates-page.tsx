// A network's session templates: those its facilitators saved (each with its columns, its settings,
// who saved it and when, a link to create a session from it and, for the person who saved it,
// coordinators and admins, a delete button), then the built-in ones, with their columns in the
// viewer's language. "Use" opens the new-session form with the template chosen and, for a saved
// one, its settings filled in.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, type T } from "../../../platform/i18n/index.ts";
import { Csrf, PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { SavedTemplate, TemplateSettings } from "../templates.repo.ts";
import { TEMPLATE_CODES, TEMPLATES } from "../templates.ts";
import "../messages.templates.ts";

type NetworkRef = { slug: string; name: string };

/** "anonima · raccolta privata · 3 voti per persona, al massimo 2 su un gruppo · …". */
export function settingsLine(t: T, s: TemplateSettings): string {
  return [
    s.anonymous ? t("boards.templates.s.anonymous") : "",
    s.privateCollect ? t("boards.templates.s.privateCollect") : "",
    s.hideVotes ? t("boards.templates.s.hideVotes") : "",
    s.guestsAllowed ? t("boards.templates.s.guestsAllowed") : "",
    t("boards.templates.s.votes", { n: s.voteBudget, cap: s.groupCap }),
    t("boards.templates.s.noteLength", { n: s.maxNoteLength }),
    t("boards.templates.s.timer", { n: s.timerMinutes }),
  ]
    .filter(Boolean)
    .join(" · ");
}

const Columns = ({ t, columns }: { t: T; columns: { title: string; prompt: string }[] }) => (
  <>
    <h4 class="h6 mb-1">{t("boards.templates.columns")}</h4>
    <ol>
      {columns.map((col) => (
        <li>
          <strong>{col.title}</strong>
          {col.prompt ? ` — ${col.prompt}` : ""}
        </li>
      ))}
    </ol>
  </>
);

export function templatesPage(
  c: Ctx,
  network: NetworkRef,
  templates: (SavedTemplate & { canDelete: boolean })[],
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const zone = c.get("deps").config.timeZone;
  const csrf = c.get("csrfToken")();
  const base = `/networks/${network.slug}/boards`;
  const useHref = (value: string) => `${base}/new?template=${encodeURIComponent(value)}`;
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
      <section aria-labelledby="saved-templates" class="mb-5">
        <h2 id="saved-templates" class="h3">
          {t("boards.templates.savedHeading")}
        </h2>
        {templates.length === 0 ? (
          <p>{t("boards.templates.none")}</p>
        ) : (
          <ul class="list-unstyled">
            {templates.map((tpl) => (
              <li class="mb-4" id={`template-${tpl.id}`}>
                <h3 class="h4 mb-1">{tpl.name}</h3>
                <p class="mb-1">
                  {t("boards.templates.savedBy", {
                    by: tpl.createdByName,
                    date: formatDate(lang, tpl.createdAt, zone),
                  })}
                </p>
                <p class="mb-1">
                  <strong>{t("boards.templates.settings")}:</strong>{" "}
                  {tpl.settings ? settingsLine(t, tpl.settings) : t("boards.templates.s.none")}
                </p>
                <Columns t={t} columns={tpl.columns} />
                <div class="d-flex flex-wrap gap-2 align-items-center">
                  <a class="btn btn-sm btn-primary" href={useHref(`saved:${tpl.id}`)}>
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
      </section>
      <section aria-labelledby="builtin-templates">
        <h2 id="builtin-templates" class="h3">
          {t("boards.templates.builtIn")}
        </h2>
        <ul class="list-unstyled">
          {TEMPLATE_CODES.filter((code) => code !== "blank").map((code) => (
            <li class="mb-4" id={`template-${code}`}>
              <h3 class="h4 mb-1">{t(`boards.template.${code}`)}</h3>
              <Columns t={t} columns={TEMPLATES[code][lang]} />
              <a class="btn btn-sm btn-outline-primary" href={useHref(code)}>
                {t("boards.templates.use", { name: t(`boards.template.${code}`) })}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>,
  );
}
