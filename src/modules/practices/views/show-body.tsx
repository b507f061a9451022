// The main column of a practice page: image gallery, the Markdown sections (rendered and sanitised),
// links, attachments, and for coordinators the media upload form.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { Icon } from "../../../platform/ui/layout.tsx";
import { renderMarkdown } from "../markdown.ts";
import { FORMATS, type ShowPageData, sizeText } from "./show-data.ts";
import { RemoveButton, UploadForm } from "./show-media.tsx";

const SECTIONS = ["problem", "solution", "resources", "results", "transferability", "lessons"] as const;

const Markdown: FC<{ source: string | null }> = ({ source }) => {
  const html = renderMarkdown(source);
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
        </section>
      ))}
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
