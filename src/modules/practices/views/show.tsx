// One practice: every field (Markdown rendered and sanitised), organisations, place, years, themes,
// licence, links, images and attachments, contact for signed-in people only, related practices, a
// cite/share box that needs no JavaScript, the comments slot, and schema.org JSON-LD (CreativeWork).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, formatNumber, type Lang, type T } from "../../../platform/i18n/index.ts";
import { Csrf, type FormState } from "../../../platform/ui/components.tsx";
import { Icon, render } from "../../../platform/ui/layout.tsx";
import type { PracticeOrigin } from "../../boards/index.ts";
import { renderMarkdown } from "../markdown.ts";
import type { PracticeMedia } from "../media.service.ts";
import type { Practice } from "../practices.service.ts";
import type { PracticeHit } from "../search.service.ts";
import { themeLabelKey } from "../themes.ts";
import { CommentsSection } from "../views-submit/comments.tsx";
import { countryName, JsonLd, PracticesCss, ThemeChips, yearsText } from "./shared.tsx";

export type OrgRef = { slug: string; name: string; type: string };

export type ShowPageData = {
  practice: Practice;
  organisations: OrgRef[];
  network: { slug: string; name: string } | null;
  media: PracticeMedia[];
  related: PracticeHit[];
  /** Funding calls linked to the practice that the viewer may see, soonest deadline first. */
  funding: { slug: string; title: string; programme: string; deadline: Date; timeZone: string }[];
  /** The participatory sessions (and their labs) it was promoted from, as far as the viewer may see. */
  origins: PracticeOrigin[];
  canManageMedia: boolean;
  uploadForm: FormState;
};

const LICENCES: Record<string, { name: string; url: string }> = {
  "CC-BY-4.0": { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  "CC-BY-SA-4.0": { name: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
  "CC-BY-NC-4.0": { name: "CC BY-NC 4.0", url: "https://creativecommons.org/licenses/by-nc/4.0/" },
  "CC0-1.0": { name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
};
export const licenceOf = (code: string) => LICENCES[code] ?? { name: code, url: null };

const FORMATS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "image/gif": "GIF",
};

function sizeText(lang: Lang, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(lang, Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatNumber(lang, Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

const SECTIONS = ["problem", "solution", "resources", "results", "transferability", "lessons"] as const;

const Markdown: FC<{ source: string | null }> = ({ source }) => {
  const html = renderMarkdown(source);
  return html ? <div class="practice-text" dangerouslySetInnerHTML={{ __html: html }} /> : null;
};

/** The citation line: who, when, what, where it is catalogued, and its permanent address. */
export function citationOf(d: ShowPageData, siteName: string, url: string, t: T): string {
  const p = d.practice;
  const who = d.organisations.map((o) => o.name).join(", ") || d.network?.name || siteName;
  const year = p.startYear ?? p.publishedAt?.getUTCFullYear() ?? p.createdAt.getUTCFullYear();
  const where = [d.network?.name, siteName].filter(Boolean).join(", ");
  return `${who} (${year}). ${p.title}. ${where}. ${url} (${t("practices.pages.licence")}: ${licenceOf(p.licence).name})`;
}

const Detail: FC<{ term: string; children: unknown }> = ({ term, children }) => (
  <>
    <dt>{term}</dt>
    <dd>{children as never}</dd>
  </>
);

const UploadForm: FC<{ c: Ctx; slug: string; form: FormState }> = ({ c, slug, form }) => {
  const t = c.get("t");
  const e = form.errors;
  const kind = form.values.kind || "image";
  return (
    <section class="practice-manage card card-bg p-3 mt-4" aria-labelledby="media-upload-heading">
      <h2 id="media-upload-heading" class="h5">
        {t("practices.media.addTitle")}
      </h2>
      <p class="small">{t("practices.media.addHint")}</p>
      {Object.keys(e).length ? (
        <div class="alert alert-danger" role="alert" id="media-errors" tabindex={-1}>
          <ul class="mb-0">
            {Object.entries(e).map(([field, message]) => (
              <li>
                <a href={`#media-${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* The fragment brings a page answering with errors back to this form, not to the top. */}
      <form
        method="post"
        action={`/practices/${slug}/media#media-upload-heading`}
        enctype="multipart/form-data"
      >
        <Csrf token={c.get("csrfToken")()} />
        <fieldset class="mb-3">
          <legend class="h6">{t("practices.media.kind")}</legend>
          {(["image", "attachment"] as const).map((k) => (
            <div class="form-check form-check-inline">
              <input type="radio" name="kind" id={`media-kind-${k}`} value={k} checked={kind === k} />
              <label for={`media-kind-${k}`}>{t(`practices.media.kind.${k}`)}</label>
            </div>
          ))}
        </fieldset>
        <div class="mb-3">
          <label for="media-file" class="form-label d-block">
            {t("practices.media.file")}
          </label>
          <input
            type="file"
            id="media-file"
            name="file"
            required
            accept="image/png,image/jpeg,image/webp,image/gif,application/pdf,.odt,.docx"
            aria-describedby={`media-file-hint${e.file ? " media-file-error" : ""}`}
            aria-invalid={e.file ? "true" : undefined}
          />
          <small id="media-file-hint" class="form-text d-block">
            {t("practices.media.fileHint")}
          </small>
          {e.file ? (
            <div id="media-file-error" class="invalid-feedback d-block">
              {e.file}
            </div>
          ) : null}
        </div>
        <div class="form-group mt-5">
          <label for="media-alt" class="active">
            {t("practices.media.alt")}
          </label>
          <input
            type="text"
            id="media-alt"
            name="alt"
            class={`form-control${e.alt ? " is-invalid" : ""}`}
            value={form.values.alt ?? ""}
            maxlength={300}
            aria-describedby={`media-alt-hint${e.alt ? " media-alt-error" : ""}`}
            aria-invalid={e.alt ? "true" : undefined}
          />
          <small id="media-alt-hint" class="form-text">
            {t("practices.media.altHint")}
          </small>
          {e.alt ? (
            <div id="media-alt-error" class="invalid-feedback d-block">
              {e.alt}
            </div>
          ) : null}
        </div>
        <div class="form-group">
          <label for="media-title" class="active">
            {t("practices.media.title")}
          </label>
          <input
            type="text"
            id="media-title"
            name="title"
            class={`form-control${e.title ? " is-invalid" : ""}`}
            value={form.values.title ?? ""}
            maxlength={200}
            aria-invalid={e.title ? "true" : undefined}
            aria-describedby={e.title ? "media-title-error" : undefined}
          />
          {e.title ? (
            <div id="media-title-error" class="invalid-feedback d-block">
              {e.title}
            </div>
          ) : null}
        </div>
        <button type="submit" class="btn btn-primary">
          {t("practices.media.upload")}
        </button>
      </form>
    </section>
  );
};

const RemoveButton: FC<{ c: Ctx; slug: string; m: PracticeMedia }> = ({ c, slug, m }) => (
  <form method="post" action={`/practices/${slug}/media/${m.id}/delete`} class="d-inline ms-2">
    <Csrf token={c.get("csrfToken")()} />
    <button type="submit" class="btn btn-link btn-sm p-0">
      {c.get("t")("practices.media.remove")}
      <span class="visually-hidden">: {m.title ?? m.alt ?? m.filename}</span>
    </button>
  </form>
);

export function practicePage(c: Ctx, d: ShowPageData, status = 200) {
  const t = c.get("t");
  const lang = c.get("lang");
  const actor = c.get("actor");
  const base = c.get("deps").config.baseUrl;
  const p = d.practice;
  const url = `${base}/practices/${p.slug}`;
  const images = d.media.filter((m) => m.kind === "image");
  const attachments = d.media.filter((m) => m.kind === "attachment");
  const licence = licenceOf(p.licence);
  const years = yearsText(t, p.startYear, p.endYear);
  const citation = citationOf(d, t("app.name"), url, t);
  const contentLang = p.language === lang ? undefined : p.language;
  const sections = SECTIONS.filter((s) => p[s]?.trim());
  return render(
    c,
    {
      title: p.title,
      breadcrumbs: [{ href: "/practices", label: t("practices.pages.title") }, { label: p.title }],
    },
    <>
      <PracticesCss />
      <article class="practice" aria-labelledby="practice-title">
        <header class="mb-4">
          {p.status !== "published" ? (
            <p>
              <span class="badge bg-warning text-dark">{t(`practices.status.${p.status}`)}</span>
            </p>
          ) : null}
          {d.network ? (
            <p class="practice-kicker mb-1">
              <a href={`/networks/${d.network.slug}`}>{d.network.name}</a>
            </p>
          ) : null}
          <h1 id="practice-title" lang={contentLang}>
            {p.title}
          </h1>
          <p class="lead" lang={contentLang}>
            {p.summary}
          </p>
          <ThemeChips t={t} themes={p.themes} label={t("practices.pages.themes")} link />
        </header>

        <div class="row">
          <div class="col-lg-8" lang={contentLang}>
            {images.length ? (
              <section aria-labelledby="images-heading" class="mb-4">
                <h2 id="images-heading" class="visually-hidden">
                  {t("practices.pages.images")}
                </h2>
                <div class="practice-gallery">
                  {images.map((m) => (
                    <figure class="figure">
                      <img
                        src={m.path}
                        alt={m.alt ?? ""}
                        class="figure-img img-fluid rounded"
                        loading="lazy"
                      />
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

          <aside class="col-lg-4" aria-label={t("practices.pages.details")}>
            <div class="card card-bg p-3 mb-4 practice-details">
              <h2 class="h5">{t("practices.pages.details")}</h2>
              <dl class="mb-0">
                {d.organisations.length ? (
                  <Detail term={t("practices.fields.organisations")}>
                    <ul class="list-unstyled mb-0">
                      {d.organisations.map((o) => (
                        <li>
                          <a href={`/organisations/${o.slug}`}>{o.name}</a>{" "}
                          <span class="small text-muted">({t(`identity.orgTypes.${o.type}`)})</span>
                        </li>
                      ))}
                    </ul>
                  </Detail>
                ) : null}
                <Detail term={t("practices.fields.place")}>
                  {[p.place, countryName(lang, p.country)].filter(Boolean).join(", ")}
                </Detail>
                {years ? <Detail term={t("practices.fields.period")}>{years}</Detail> : null}
                {d.network ? (
                  <Detail term={t("practices.fields.network")}>
                    <a href={`/networks/${d.network.slug}`}>{d.network.name}</a>
                  </Detail>
                ) : null}
                <Detail term={t("practices.fields.language")}>{t(`practices.language.${p.language}`)}</Detail>
                <Detail term={t("practices.pages.licence")}>
                  {licence.url ? (
                    <a href={licence.url} rel="license">
                      {licence.name}
                    </a>
                  ) : (
                    licence.name
                  )}
                </Detail>
                {p.website ? (
                  <Detail term={t("practices.fields.website")}>
                    <a href={p.website} rel="nofollow ugc noopener" class="text-break">
                      {p.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                    </a>
                  </Detail>
                ) : null}
                {p.publishedAt ? (
                  <Detail term={t("practices.pages.published")}>
                    {formatDate(lang, p.publishedAt, c.get("deps").config.timeZone)}
                  </Detail>
                ) : null}
                <Detail term={t("practices.fields.contact")}>
                  {actor ? (
                    p.contact ? (
                      <span class="text-pre-line">{p.contact}</span>
                    ) : (
                      t("practices.pages.noContact")
                    )
                  ) : (
                    <a href={`/sign-in?next=${encodeURIComponent(`/practices/${p.slug}`)}`}>
                      {t("practices.pages.contactSignIn")}
                    </a>
                  )}
                </Detail>
              </dl>
            </div>

            <section class="card card-bg p-3 mb-4 practice-cite" aria-labelledby="cite-heading">
              <h2 id="cite-heading" class="h5">
                {t("practices.pages.citeShare")}
              </h2>
              <div class="mb-3">
                <label for="cite-text" class="form-label fw-semibold">
                  {t("practices.pages.citation")}
                </label>
                <textarea id="cite-text" class="form-control" rows={5} readonly aria-describedby="cite-hint">
                  {citation}
                </textarea>
              </div>
              <div class="mb-2">
                <label for="cite-link" class="form-label fw-semibold">
                  {t("practices.pages.permalink")}
                </label>
                <input
                  id="cite-link"
                  type="text"
                  class="form-control"
                  value={url}
                  readonly
                  aria-describedby="cite-hint"
                />
              </div>
              <p id="cite-hint" class="small">
                {t("practices.pages.copyHint")}
              </p>
              <p class="mb-0">
                <a
                  href={`mailto:?subject=${encodeURIComponent(p.title)}&body=${encodeURIComponent(`${p.summary}\n\n${url}`)}`}
                >
                  <Icon name="it-mail" class="icon-sm me-1" />
                  {t("practices.pages.shareEmail")}
                </a>
              </p>
            </section>
          </aside>
        </div>
      </article>

      {d.origins.length ? (
        <section aria-labelledby="origins-heading" class="mt-4">
          <h2 id="origins-heading" class="h4">
            {t("practices.pages.origins")}
          </h2>
          <ul>
            {d.origins.map((o) => (
              <li>
                {o.session ? (
                  <>
                    {t("practices.pages.originSession")} <a href={o.session.url}>{o.session.title}</a>
                  </>
                ) : null}
                {o.session && o.lab ? " · " : null}
                {o.lab ? (
                  <>
                    {t("practices.pages.originLab")} <a href={o.lab.url}>{o.lab.title}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {d.funding.length ? (
        <section aria-labelledby="funding-heading" class="mt-4">
          <h2 id="funding-heading" class="h4">
            {t("practices.pages.funding")}
          </h2>
          <ul>
            {d.funding.map((f) => (
              <li>
                <a href={`/funding/${f.slug}`}>{f.title}</a>{" "}
                <span class="text-muted">
                  {t("practices.pages.fundingDeadline", {
                    date: new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: f.timeZone }).format(
                      f.deadline,
                    ),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {d.related.length ? (
        <section aria-labelledby="related-heading" class="mt-4">
          <h2 id="related-heading" class="h4">
            {t("practices.pages.related")}
          </h2>
          <ul class="row list-unstyled g-3">
            {d.related.map((r) => (
              <li class="col-12 col-md-6">
                <div
                  class="card card-bg h-100 practice-card"
                  lang={r.language === lang ? undefined : r.language}
                >
                  <div class="card-body">
                    <h3 class="card-title h6">
                      <a href={`/practices/${r.slug}`}>{r.title}</a>
                    </h3>
                    <p class="card-text small">{r.summary}</p>
                    <ThemeChips
                      t={t}
                      themes={r.themes.filter((x) => p.themes.includes(x))}
                      label={t("practices.pages.sharedThemes")}
                    />
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {/* Comments on the practice (members comment, anyone may flag): the comments slice renders its
          section inside this element. Keep the id: links and tests point to #practice-comments. */}
      <div id="practice-comments" class="mt-5">
        <CommentsSection c={c} practice={p} />
      </div>

      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "CreativeWork",
          "@id": url,
          url,
          name: p.title,
          abstract: p.summary,
          description: p.summary,
          inLanguage: p.language,
          keywords: p.themes.map((th) => t(themeLabelKey(th))).join(", "),
          license: licence.url ?? p.licence,
          ...(p.publishedAt ? { datePublished: p.publishedAt.toISOString() } : {}),
          dateModified: p.updatedAt.toISOString(),
          ...(years ? { temporalCoverage: `${p.startYear ?? ".."}/${p.endYear ?? ".."}` } : {}),
          spatialCoverage: {
            "@type": "Place",
            ...(p.place ? { name: p.place } : {}),
            address: { "@type": "PostalAddress", addressCountry: p.country },
          },
          creator: d.organisations.map((o) => ({
            "@type": "Organization",
            name: o.name,
            url: `${base}/organisations/${o.slug}`,
          })),
          ...(d.network
            ? {
                publisher: {
                  "@type": "Organization",
                  name: d.network.name,
                  url: `${base}/networks/${d.network.slug}`,
                },
              }
            : {}),
          ...(p.website ? { sameAs: p.website } : {}),
          ...(images.length
            ? {
                image: images.map((m) => ({
                  "@type": "ImageObject",
                  contentUrl: `${base}${m.path}`,
                  description: m.alt,
                  encodingFormat: m.contentType,
                })),
              }
            : {}),
          ...(attachments.length
            ? {
                associatedMedia: attachments.map((m) => ({
                  "@type": "MediaObject",
                  contentUrl: `${base}${m.path}`,
                  name: m.title ?? m.filename,
                  encodingFormat: m.contentType,
                  contentSize: `${m.byteSize} B`,
                })),
              }
            : {}),
          isPartOf: { "@type": "CollectionPage", name: t("practices.pages.title"), url: `${base}/practices` },
        }}
      />
    </>,
    status,
  );
}
