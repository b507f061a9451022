// One practice: every field (Markdown rendered and sanitised), organisations, place, years, themes,
// licence, links, images and attachments, contact for signed-in people only, related practices, a
// cite/share box that needs no JavaScript, the comments slot, and schema.org JSON-LD (CreativeWork).
// This file composes the page; each part lives in a show-*.tsx file of its own.
import type { Ctx } from "../../../platform/http/context.ts";
import { render } from "../../../platform/ui/layout.tsx";
import { Slot } from "../../../platform/ui/slots.tsx";
import { CommentsSection } from "../views-submit/comments.tsx";
import { PracticesCss } from "./shared.tsx";
import { PracticeBody } from "./show-body.tsx";
import { CiteShare } from "./show-cite.tsx";
import { citationOf, type ShowPageData } from "./show-data.ts";
import { PracticeDetails } from "./show-details.tsx";
import { PracticeHeader } from "./show-header.tsx";
import { PracticeJsonLd } from "./show-jsonld.tsx";
import { RelatedPractices } from "./show-related.tsx";
import "../catalogue/versions.messages.ts";

export { citationOf, licenceOf, type OrgRef, type ShowPageData } from "./show-data.ts";

export function practicePage(c: Ctx, d: ShowPageData, status = 200) {
  const t = c.get("t");
  const lang = c.get("lang");
  const base = c.get("deps").config.baseUrl;
  const p = d.practice;
  const url = `${base}/practices/${p.slug}`;
  const contentLang = p.language === lang ? undefined : p.language;
  return render(
    c,
    {
      title: p.title,
      breadcrumbs: [{ href: "/practices", label: t("practices.pages.title") }, { label: p.title }],
    },
    <>
      <PracticesCss />
      <article class="practice" aria-labelledby="practice-title">
        <PracticeHeader t={t} d={d} contentLang={contentLang} />
        <div class="row">
          <PracticeBody c={c} d={d} contentLang={contentLang} />
          <aside class="col-lg-4" aria-label={t("practices.pages.details")}>
            <PracticeDetails c={c} d={d} />
            {d.canEdit ? (
              <nav class="card card-bg p-3 mb-4" aria-labelledby="practice-manage-heading">
                <h2 id="practice-manage-heading" class="h5">
                  {t("practices.versions.manageTitle")}
                </h2>
                <ul class="list-unstyled mb-0">
                  <li>
                    <a href={`/practices/${p.slug}/edit`}>{t("practices.versions.editLink")}</a>
                  </li>
                  <li>
                    <a href={`/practices/${p.slug}/history`}>{t("practices.versions.historyLink")}</a>
                  </li>
                </ul>
              </nav>
            ) : null}
            <CiteShare t={t} p={p} url={url} citation={citationOf(d, t("app.name"), url, t)} />
          </aside>
        </div>
      </article>
      <Slot c={c} name="practices.practice.after-article" subject={{ practiceId: p.id }} />
      <RelatedPractices t={t} lang={lang} d={d} />
      {/* Comments on the practice (members comment, anyone may flag): the comments slice renders its
          section inside this element. Keep the id: links and tests point to #practice-comments. */}
      <div id="practice-comments" class="mt-5">
        <CommentsSection c={c} practice={p} />
      </div>
      <PracticeJsonLd t={t} d={d} base={base} url={url} />
    </>,
    status,
  );
}
