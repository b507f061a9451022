// The history of a published practice's texts, newest first: each version's number, date, author and
// reason, and what it changed, field by field, word by word. Added and removed words are <ins> and
// <del> with a visually hidden "added" / "removed" in front, so the change is read out and shown by
// more than colour (underline and strike-through too): WCAG 1.4.1.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { render } from "../../../platform/ui/layout.tsx";
import type { Practice } from "../catalogue/service.ts";
import type { DiffPart } from "../catalogue/versions.diff.ts";
import type { VersionEntry } from "../catalogue/versions.service.ts";
import "../catalogue/versions.messages.ts";

/** The stylesheet of the versions pages (a body <link> is valid HTML). */
export const VersionsCss: FC = () => <link rel="stylesheet" href="/static/app/practice-versions.css" />;

export const WordDiff: FC<{ c: Ctx; parts: DiffPart[] }> = ({ c, parts }) => {
  const t = c.get("t");
  return (
    <div class="version-diff">
      {parts.map((p) =>
        p.kind === "added" ? (
          <ins>
            <span class="visually-hidden">{t("practices.versions.added")} </span>
            {p.text}
            <span class="visually-hidden"> {t("practices.versions.addedEnd")}</span>
          </ins>
        ) : p.kind === "removed" ? (
          <del>
            <span class="visually-hidden">{t("practices.versions.removed")} </span>
            {p.text}
            <span class="visually-hidden"> {t("practices.versions.removedEnd")}</span>
          </del>
        ) : (
          p.text
        ),
      )}
    </div>
  );
};

export function historyPage(
  c: Ctx,
  p: { practice: Practice; versions: VersionEntry[]; canEdit: boolean },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const tz = c.get("deps").config.timeZone;
  const pr = p.practice;
  const title = t("practices.versions.historyTitle", { title: pr.title });
  return render(
    c,
    {
      title,
      breadcrumbs: [
        { href: "/practices", label: t("practices.pages.title") },
        { href: `/practices/${pr.slug}`, label: pr.title },
        { label: t("practices.versions.historyCrumb") },
      ],
    },
    <div class="row">
      <VersionsCss />
      <div class="col-12 col-lg-9">
        <h1>{title}</h1>
        <p class="lead">{t("practices.versions.historyLead")}</p>
        <p class="small version-legend">
          {t("practices.versions.legend")} <ins>{t("practices.versions.legendAdded")}</ins>{" "}
          <del>{t("practices.versions.legendRemoved")}</del>
        </p>
        {p.canEdit ? (
          <p>
            <a class="btn btn-outline-primary btn-sm" href={`/practices/${pr.slug}/edit`}>
              {t("practices.versions.editLink")}
            </a>
          </p>
        ) : null}
        <ol class="list-unstyled version-list" reversed>
          {p.versions.map((v) => (
            <li class="mb-5">
              <article aria-labelledby={`v${v.version}`}>
                <h2 id={`v${v.version}`} class="h4">
                  {t("practices.versions.version", { n: v.version })}
                  {v.version === pr.version ? (
                    <span class="badge bg-primary ms-2 fs-6 align-middle">
                      {t("practices.versions.current")}
                    </span>
                  ) : null}
                </h2>
                <p class="mb-2">
                  <time datetime={v.at.toISOString()}>{formatDate(lang, v.at, tz, true)}</time>
                  {" · "}
                  {v.changes.length || v.reason
                    ? t("practices.versions.by", {
                        name: v.authorName ?? t("practices.versions.unknownAuthor"),
                      })
                    : t("practices.versions.asPublished")}
                </p>
                {v.reason ? (
                  <p>
                    <strong>{t("practices.versions.reasonLabel")}:</strong> {v.reason}
                  </p>
                ) : null}
                {v.changes.length ? (
                  <dl class="version-changes">
                    {v.changes.map((ch) => (
                      <>
                        <dt>{t(`practices.field.${ch.field}`)}</dt>
                        <dd>
                          <WordDiff c={c} parts={ch.parts} />
                        </dd>
                      </>
                    ))}
                  </dl>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
        <p>
          <a href={`/practices/${pr.slug}`}>{t("practices.versions.back")}</a>
        </p>
      </div>
    </div>,
    status,
  );
}
