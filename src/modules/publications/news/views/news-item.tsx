// One news item: its text in its own language (`lang` on the article, the Markdown rendered by
// platform/markdown.ts), byline, dates ("updated on" after an edit), tags, and schema.org NewsArticle
// JSON-LD with an inline context (so it expands without fetching schema.org). Before publishing, its
// proposer sees its state and the editors' note; editors see the decision form.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../../platform/http/context.ts";
import { formatDate } from "../../../../platform/i18n/index.ts";
import { renderMarkdown } from "../../../../platform/markdown.ts";
import type { FormState } from "../../../../platform/ui/components.tsx";
import { FormBlock } from "../../../../platform/ui/form-page.tsx";
import { JsonLd } from "../../../../platform/ui/json-ld.tsx";
import { render } from "../../../../platform/ui/layout.tsx";
import type { NewsItem } from "../news.service.ts";

type NetworkRef = { id: string; slug: string; name: string };

export type NewsItemData = {
  item: NewsItem;
  network: NetworkRef;
  canDecide: boolean;
  isProposer: boolean;
  decisionForm?: FormState;
  /** A conflict message (someone decided first). */
  formError?: string;
  /** The withdraw form's reason and error, when it came back. */
  withdrawForm?: FormState;
};

export function newsArticleJsonLd(baseUrl: string, network: NetworkRef, item: NewsItem) {
  const url = `${baseUrl}/networks/${network.slug}/news/${item.id}`;
  return {
    "@context": { "@vocab": "https://schema.org/" },
    "@type": "NewsArticle",
    "@id": url,
    url,
    headline: item.title,
    description: item.summary,
    inLanguage: item.language,
    datePublished: item.publishedAt?.toISOString(),
    dateModified: item.updatedAt.toISOString(),
    keywords: item.tags.join(", ") || undefined,
    author: item.bylineName
      ? { "@type": "Person", name: item.bylineName }
      : item.bylineOrganisation
        ? { "@type": "Organization", name: item.bylineOrganisation }
        : undefined,
    publisher: { "@type": "Organization", name: network.name, url: `${baseUrl}/networks/${network.slug}` },
  };
}

const DecisionForm: FC<{ c: Ctx; d: NewsItemData }> = ({ c, d }) => {
  const t = c.get("t");
  const form = d.decisionForm ?? { values: {}, errors: {} };
  const current = form.values.decision ?? "publish";
  const noteError = form.errors.note;
  const decisionError = form.errors.decision;
  return (
    <section aria-labelledby="decision-heading" class="mt-5">
      <h2 id="decision-heading" class="h4">
        {t("publications.news.decide")}
      </h2>
      <FormBlock
        c={c}
        form={form}
        formError={d.formError}
        labels={{ note: t("publications.news.note"), decision: t("publications.news.decision") }}
        action={`/networks/${d.network.slug}/news/${d.item.id}/decision`}
        submit={t("publications.news.decideSubmit")}
      >
        <input type="hidden" name="version" value={String(d.item.version)} />
        <fieldset class="mb-4" aria-describedby={decisionError ? "decision-error" : undefined}>
          <legend class="h6">{t("publications.news.decision")}</legend>
          {(["publish", "request-changes", "reject"] as const).map((v) => (
            <div class="form-check">
              <input
                class="form-check-input"
                type="radio"
                name="decision"
                id={`decision-${v}`}
                value={v}
                checked={current === v}
              />
              <label class="form-check-label" for={`decision-${v}`}>
                {t(`publications.news.decisions.${v}`)}
              </label>
            </div>
          ))}
          {decisionError ? (
            <div id="decision-error" class="invalid-feedback d-block">
              {decisionError}
            </div>
          ) : null}
        </fieldset>
        <div class="form-group">
          <label for="note" class="active">
            {t("publications.news.note")}
          </label>
          <textarea
            id="note"
            name="note"
            rows={4}
            class={`form-control${noteError ? " is-invalid" : ""}`}
            aria-invalid={noteError ? "true" : undefined}
            aria-describedby={noteError ? "note-hint note-error" : "note-hint"}
          >
            {form.values.note ?? ""}
          </textarea>
          <small id="note-hint" class="form-text">
            {t("publications.news.noteHint")}
          </small>
          {noteError ? (
            <div id="note-error" class="invalid-feedback d-block">
              {noteError}
            </div>
          ) : null}
        </div>
      </FormBlock>
    </section>
  );
};

/** For editors on a published item: the link to edit it, and the form that withdraws it (a reason required). */
const EditorActions: FC<{ c: Ctx; d: NewsItemData }> = ({ c, d }) => {
  const t = c.get("t");
  const column = `/networks/${d.network.slug}/news`;
  const form = d.withdrawForm ?? { values: {}, errors: {} };
  const error = form.errors.reason;
  return (
    <>
      <p class="mt-4">
        <a class="btn btn-outline-primary" href={`${column}/${d.item.id}/edit`}>
          {t("publications.news.edit")}
        </a>
      </p>
      <section aria-labelledby="withdraw-heading" class="mt-5">
        <h2 id="withdraw-heading" class="h4">
          {t("publications.news.withdraw")}
        </h2>
        <FormBlock
          c={c}
          form={form}
          formError={d.formError}
          labels={{ reason: t("publications.news.reason") }}
          action={`${column}/${d.item.id}/withdraw`}
          submit={{ label: t("publications.news.withdraw"), kind: "danger" }}
        >
          <input type="hidden" name="version" value={String(d.item.version)} />
          <div class="form-group">
            <label for="reason" class="active">
              {t("publications.news.reason")}
            </label>
            <textarea
              id="reason"
              name="reason"
              rows={3}
              class={`form-control${error ? " is-invalid" : ""}`}
              aria-invalid={error ? "true" : undefined}
              aria-describedby={error ? "reason-hint reason-error" : "reason-hint"}
            >
              {form.values.reason ?? ""}
            </textarea>
            <small id="reason-hint" class="form-text">
              {t("publications.news.reasonHint")}
            </small>
            {error ? (
              <div id="reason-error" class="invalid-feedback d-block">
                {error}
              </div>
            ) : null}
          </div>
        </FormBlock>
      </section>
    </>
  );
};

export function newsItemPage(c: Ctx, d: NewsItemData, status = 200) {
  const t = c.get("t");
  const lang = c.get("lang");
  const tz = c.get("deps").config.timeZone;
  const { item, network } = d;
  const column = `/networks/${network.slug}/news`;
  return render(
    c,
    {
      title: item.title,
      breadcrumbs: [
        { href: `/networks/${network.slug}`, label: network.name },
        { href: column, label: t("publications.news.column") },
        { label: item.title },
      ],
    },
    <>
      {item.status === "published" ? (
        <JsonLd data={newsArticleJsonLd(c.get("deps").config.baseUrl, network, item)} />
      ) : null}
      {item.status !== "published" ? (
        <div class="alert alert-info" role="status">
          <p class="mb-0">
            {t("publications.news.state")}: <strong>{t(`publications.news.states.${item.status}`)}</strong>
          </p>
          {item.reviewNote ? (
            <p class="mb-0 mt-2">
              {t("publications.news.editorsNote")}: {item.reviewNote}
            </p>
          ) : null}
          {d.isProposer && item.status === "changes-requested" ? (
            <p class="mb-0 mt-2">
              <a href={`${column}/${item.id}/edit`}>{t("publications.news.editAndResubmit")}</a>
            </p>
          ) : null}
        </div>
      ) : null}
      <article lang={item.language}>
        <p class="small mb-1" lang={lang}>
          <span class="badge bg-primary">{t(`publications.news.kinds.${item.kind}`)}</span>
          {item.visibility !== "public" ? (
            <span class="badge bg-light text-dark ms-1">
              {t(`publications.news.visibility.${item.visibility}`)}
            </span>
          ) : null}
        </p>
        <h1>{item.title}</h1>
        <p class="lead">{item.summary}</p>
        <p class="small text-muted" lang={lang}>
          {item.bylineName || item.bylineOrganisation
            ? `${[item.bylineName, item.bylineOrganisation].filter(Boolean).join(", ")}${item.publishedAt ? " · " : ""}`
            : ""}
          {item.publishedAt ? (
            <>
              {t("publications.news.publishedOn")}{" "}
              <time datetime={item.publishedAt.toISOString()}>{formatDate(lang, item.publishedAt, tz)}</time>
            </>
          ) : null}
          {item.editedAt ? (
            <>
              {" · "}
              {t("publications.news.updatedOn")}{" "}
              <time datetime={item.editedAt.toISOString()}>{formatDate(lang, item.editedAt, tz)}</time>
            </>
          ) : null}
        </p>
        <div
          class="news-body"
          dangerouslySetInnerHTML={{
            __html: renderMarkdown(item.body, { headingOffset: 1, userContent: true }),
          }}
        />
        {item.tags.length ? (
          <p lang={lang}>
            {t("publications.news.tags")}:{" "}
            {item.tags.map((tag, i) => (
              <>
                {i ? ", " : ""}
                <a href={`${column}?tag=${encodeURIComponent(tag)}`}>{tag}</a>
              </>
            ))}
          </p>
        ) : null}
      </article>
      {d.canDecide && item.status === "pending" ? <DecisionForm c={c} d={d} /> : null}
      {d.canDecide && item.status === "published" ? <EditorActions c={c} d={d} /> : null}
      <p class="mt-4">
        <a href={column}>{t("publications.news.backToColumn")}</a>
      </p>
    </>,
    status,
  );
}

/** The short notice of a withdrawn item (410). */
export function withdrawnPage(c: Ctx, network: NetworkRef) {
  const t = c.get("t");
  return render(
    c,
    { title: t("publications.news.withdrawnTitle") },
    <>
      <h1>{t("publications.news.withdrawnTitle")}</h1>
      <p>{t("publications.news.withdrawnBody")}</p>
      <p>
        <a href={`/networks/${network.slug}/news`}>{t("publications.news.backToColumn")}</a>
      </p>
    </>,
    410,
  );
}
