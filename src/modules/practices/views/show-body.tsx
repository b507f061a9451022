// The main column of a practice page: image gallery, the Markdown sections (rendered and sanitised),
// links, attachments, and for coordinators the media upload form.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { type MarkdownOptions, renderMarkdown } from "../../../platform/markdown.ts";
import { Icon } from "../../../platform/ui/layout.tsx";
import { FORMATS, type ShowPageData, sizeText } from "./show-data.ts";
import { FiguresChart } from "./show-figures.tsx";
import { RemoveButton, UploadForm } from "./show-media.tsx";

const SECTIONS = ["problem", "solution", "resources", "results", "transferability", "lessons"] as const;

// Each field sits under its own <h2>, so `#` becomes <h3>; submitters' links are marked ugc; tables
// scroll sideways on narrow screens.
const FIELD: MarkdownOptions = { headingOffset: 2, userContent: true, responsiveTables: true };

/** A Markdown field as the practice page shows it (the moderators' preview uses the same). */
export const Markdown: FC<{ source: string | null }> = ({ source }) => {
  const html = renderMarkdown(source, FIELD);
  return html ? <div class="practice-text" dangerouslySetInnerHTML={{ __html: html }} /> : null;
};

export const PracticeBody: FC<{ c: Ctx; d: ShowPageData; contentLang: string | undefined }> = ({
  c,
  d,
  contentLang,
}) => {
  const t = c.get("t");
  const lang = c.get("lang");
  const p = d.practice;
  const images = d.media.filter((m) => m.kind === "image");
  const attachments = d.media.filter((m) => m.kind === "attachment");
  const sections = SECTIONS.filter((s) => p[s]?.trim());
  // Figures tables go with the results (or, without a results text, after the last section). Their
  // labels and headers are the practice's own text: in its language.
  const figures = d.figures.length ? (
    <div class="practice-figures mt-3">
      {sections.includes("results") ? null : (
        <h2 class="h4" lang={contentLang ? lang : undefined}>
          {t("practices.figures.results")}
        </h2>
      )}
      {d.figures.map((f) => (
        <FiguresChart t={t} lang={lang} f={f} />
      ))}
    </div>
  ) : null;
  return (
    <div class="col-lg-8" lang={contentLang}>
      {images.length ? (
        <section aria-labelledby="images-heading" class="mb-4">
          <h2 id="images-heading" class="visually-hidden">
            {t("practices.pages.images")}
          </h2>
          <div class="practice-gallery">
            {images.map((m) => (
              <figure class="figure">
                <img src={m.path} alt={m.alt ?? ""} class="figure-img img-fluid rounded" loading="lazy" />
                {m.title ? <figcaption class="figure-caption">{m.title}</figcaption> : null}
                {d.canManageMedia ? <RemoveButton c={c} slug={p.slug} m={m} /> : null}
              </figure>
            ))}
          </div>
        </section>
      ) : null}
      {sections.map((s) => (
        <section aria-labelledby={`s-${s}`} class="mb-4">
          <h2 id={`s-${s}`} class="h4" lang={contentLang ? lang : undefined}>
            {t(`practices.fields.${s}`)}
          </h2>
          <Markdown source={p[s]} />
          {s === "results" ? figures : null}
        </section>
      ))}
      {sections.includes("results") ? null : figures}
      {p.links.length ? (
        <section aria-labelledby="s-links" class="mb-4">
          <h2 id="s-links" class="h4" lang={contentLang ? lang : undefined}>
            {t("practices.fields.links")}
          </h2>
          <ul>
            {p.links.map((l) => (
              <li>
                <a href={l.url} rel="nofollow ugc noopener">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {attachments.length ? (
        <section aria-labelledby="s-attachments" class="mb-4">
          <h2 id="s-attachments" class="h4" lang={contentLang ? lang : undefined}>
            {t("practices.pages.attachments")}
          </h2>
          <ul class="list-unstyled">
            {attachments.map((m) => (
              <li class="mb-2">
                <Icon name="it-file" class="icon-sm me-1" />
                <a href={m.path} download={m.filename}>
                  {m.title ?? m.filename}
                </a>{" "}
                <span class="small text-muted">
                  ({FORMATS[m.contentType] ?? m.contentType}, {sizeText(lang, m.byteSize)})
                </span>
                {d.canManageMedia ? <RemoveButton c={c} slug={p.slug} m={m} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {d.canManageMedia ? <UploadForm c={c} slug={p.slug} form={d.uploadForm} /> : null}
    </div>
  );
};
