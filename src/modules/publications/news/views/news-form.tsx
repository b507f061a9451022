// The news item form: a member's proposal, the proposer's resubmission after changes were asked for,
// an editor's item (who may publish it at once). Posted without JavaScript; bad input comes back here
// with the error summary and each field's message, nothing stored.
import type { Ctx } from "../../../../platform/http/context.ts";
import { type FormState, SelectField, TextArea, TextField } from "../../../../platform/ui/components.tsx";
import { formPage } from "../../../../platform/ui/form-page.tsx";
import { NEWS_KINDS, NEWS_LANGUAGES, NEWS_VISIBILITIES } from "../tables.ts";

type NetworkRef = { slug: string; name: string };

export function newsFormPage(
  c: Ctx,
  d: {
    network: NetworkRef;
    form: FormState;
    /** Set when resubmitting an item sent back: its id, version and the editors' note. */
    resubmit?: { id: string; version: number; note: string | null };
    /** An editor editing a published item (the resubmit fields carry its id and version). */
    editing?: boolean;
    /** An editor: a second button publishes at once. */
    canPublish: boolean;
    formError?: string;
  },
  status = 200,
) {
  const t = c.get("t");
  const column = `/networks/${d.network.slug}/news`;
  const labels = {
    kind: t("publications.news.kind"),
    title: t("publications.news.titleField"),
    summary: t("publications.news.summary"),
    body: t("publications.news.body"),
    tags: t("publications.news.tags"),
    language: t("publications.news.language"),
    visibility: t("publications.news.visibilityField"),
  };
  const required = t("form.requiredMark");
  const heading = d.editing
    ? t("publications.news.editTitle")
    : d.resubmit
      ? t("publications.news.resubmitTitle")
      : t("publications.news.proposeTitle");
  return formPage(
    c,
    {
      title: heading,
      pageTitle: `${heading} · ${d.network.name}`,
      lead: d.resubmit ? undefined : t("publications.news.proposeLead", { network: d.network.name }),
      intro:
        d.resubmit?.note && !d.editing ? (
          <div class="alert alert-info">
            {t("publications.news.editorsNote")}: {d.resubmit.note}
          </div>
        ) : undefined,
      breadcrumbs: [
        { href: `/networks/${d.network.slug}`, label: d.network.name },
        { href: column, label: t("publications.news.column") },
        { label: heading },
      ],
      form: d.form,
      labels,
      formError: d.formError,
      action: d.resubmit ? `${column}/${d.resubmit.id}/edit` : `${column}/propose`,
      submit: d.editing
        ? t("publications.news.save")
        : d.resubmit
          ? t("publications.news.resubmit")
          : t("publications.news.send"),
      actions: d.canPublish ? (
        <button type="submit" name="publish" value="1" class="btn btn-secondary">
          {t("publications.news.publishNow")}
        </button>
      ) : undefined,
      cancel: { href: column, label: t("publications.news.cancel") },
      children: (
        <>
          {d.resubmit ? <input type="hidden" name="version" value={String(d.resubmit.version)} /> : null}
          <TextField
            form={d.form}
            name="title"
            label={labels.title}
            required
            requiredLabel={required}
            maxlength={200}
          />
          <TextArea
            form={d.form}
            name="summary"
            label={labels.summary}
            required
            requiredLabel={required}
            rows={2}
            maxlength={500}
            hint={t("publications.news.summaryHint")}
          />
          <TextArea
            form={d.form}
            name="body"
            label={labels.body}
            required
            requiredLabel={required}
            rows={12}
            hint={t("publications.news.bodyHint")}
          />
          <SelectField
            form={d.form}
            name="kind"
            label={labels.kind}
            options={NEWS_KINDS.map((k) => ({ value: k, label: t(`publications.news.kinds.${k}`) }))}
          />
          <TextField form={d.form} name="tags" label={labels.tags} hint={t("publications.news.tagsHint")} />
          <SelectField
            form={d.form}
            name="language"
            label={labels.language}
            options={NEWS_LANGUAGES.map((l) => ({ value: l, label: t(`publications.news.languages.${l}`) }))}
          />
          <SelectField
            form={d.form}
            name="visibility"
            label={labels.visibility}
            options={NEWS_VISIBILITIES.map((v) => ({
              value: v,
              label: t(`publications.news.visibility.${v}`),
            }))}
          />
        </>
      ),
    },
    status,
  );
}
