// The form coordinators use to create or edit a funding call; works without JavaScript, errors are
// shown on the same form with the input kept.

import { ORGANISATION_TYPES } from "../../../platform/auth/index.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Csrf,
  ErrorSummary,
  type FormState,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { CALL_VISIBILITIES, PROGRAMMES } from "../tables.ts";

export function callFormPage(
  c: Ctx,
  d: {
    network: { slug: string; name: string };
    form: FormState;
    /** The call being edited; absent when creating one. */
    call?: { slug: string; title: string };
  },
  status = 200,
) {
  const t = c.get("t");
  const { form } = d;
  const title = d.call ? t("funding.edit") : t("funding.newIn", { network: d.network.name });
  const labels: Record<string, string> = {
    title: t("funding.titleField"),
    programme: t("funding.programme"),
    summary: t("funding.summary"),
    deadline: t("funding.deadline"),
    eligibleBodies: t("funding.eligibleBodies"),
    budgetEur: t("funding.budget"),
    url: t("funding.linkField"),
    visibility: t("funding.visibility"),
    practices: t("funding.practices"),
  };
  const req = t("form.requiredMark");
  const chosen = new Set((form.values.eligibleBodies ?? "").split(",").filter(Boolean));
  const bodiesError = form.errors.eligibleBodies;
  return render(
    c,
    {
      title,
      breadcrumbs: [
        { href: "/funding", label: t("funding.title") },
        ...(d.call ? [{ href: `/funding/${d.call.slug}`, label: d.call.title }] : []),
        { label: d.call ? t("funding.edit") : t("funding.new") },
      ],
    },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
        <ErrorSummary form={form} title={t("form.errorSummary")} labels={labels} />
        <form
          method="post"
          action={d.call ? `/funding/${d.call.slug}/edit` : `/networks/${d.network.slug}/funding`}
          novalidate
        >
          <Csrf token={c.get("csrfToken")()} />
          <TextField
            form={form}
            name="title"
            label={labels.title!}
            required
            requiredLabel={req}
            maxlength={200}
          />
          <SelectField
            form={form}
            name="programme"
            label={labels.programme!}
            required
            options={PROGRAMMES.map((p) => ({ value: p, label: t(`funding.programmes.${p}`) }))}
          />
          <TextArea form={form} name="summary" label={labels.summary!} rows={4} maxlength={2000} />
          <TextField
            form={form}
            name="deadline"
            label={labels.deadline!}
            required
            requiredLabel={req}
            hint={t("funding.deadlineHint")}
          />
          <fieldset class="mb-4" aria-describedby={bodiesError ? "eligibleBodies-error" : undefined}>
            <legend class="h6" id="eligibleBodies">
              {labels.eligibleBodies}
            </legend>
            {ORGANISATION_TYPES.map((type) => (
              <div class="form-check form-check-inline">
                <input
                  id={`eligibleBodies-${type}`}
                  name="eligibleBodies"
                  type="checkbox"
                  value={type}
                  checked={chosen.has(type)}
                />
                <label for={`eligibleBodies-${type}`}>{t(`identity.orgTypes.${type}`)}</label>
              </div>
            ))}
            {bodiesError ? (
              <div id="eligibleBodies-error" class="invalid-feedback d-block">
                {bodiesError}
              </div>
            ) : null}
          </fieldset>
          <TextField form={form} name="budgetEur" label={labels.budgetEur!} hint={t("funding.budgetHint")} />
          <TextField form={form} name="url" type="url" label={labels.url!} required requiredLabel={req} />
          <SelectField
            form={form}
            name="visibility"
            label={labels.visibility!}
            options={CALL_VISIBILITIES.map((v) => ({ value: v, label: t(`funding.visibility.${v}`) }))}
          />
          <TextArea
            form={form}
            name="practices"
            label={labels.practices!}
            hint={t("funding.practicesHint")}
            rows={3}
          />
          <SubmitButton label={d.call ? t("funding.save") : t("funding.create")} />
        </form>
      </div>
    </div>,
    status,
  );
}
