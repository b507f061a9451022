// The form coordinators use to create or edit a funding call; works without JavaScript, errors are
// shown on the same form with the input kept.

import { ORGANISATION_TYPES } from "../../../platform/auth/index.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import {
  CheckboxGroup,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
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
  const labels = {
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
  return formPage(
    c,
    {
      title,
      breadcrumbs: [
        { href: "/funding", label: t("funding.title") },
        ...(d.call ? [{ href: `/funding/${d.call.slug}`, label: d.call.title }] : []),
        { label: d.call ? t("funding.edit") : t("funding.new") },
      ],
      form,
      labels,
      action: d.call ? `/funding/${d.call.slug}/edit` : `/networks/${d.network.slug}/funding`,
      submit: d.call ? t("funding.save") : t("funding.create"),
      children: (
        <>
          <TextField form={form} name="title" label={labels.title} required maxlength={200} />
          <SelectField
            form={form}
            name="programme"
            label={labels.programme}
            required
            options={PROGRAMMES.map((p) => ({ value: p, label: t(`funding.programmes.${p}`) }))}
          />
          <TextArea form={form} name="summary" label={labels.summary} rows={4} maxlength={2000} />
          <TextField
            form={form}
            name="deadline"
            label={labels.deadline}
            required
            hint={t("funding.deadlineHint")}
          />
          <CheckboxGroup
            form={form}
            name="eligibleBodies"
            legend={labels.eligibleBodies}
            inline
            options={ORGANISATION_TYPES.map((type) => ({
              value: type,
              label: t(`identity.orgTypes.${type}`),
            }))}
          />
          <TextField form={form} name="budgetEur" label={labels.budgetEur} hint={t("funding.budgetHint")} />
          <TextField form={form} name="url" type="url" label={labels.url} required />
          <SelectField
            form={form}
            name="visibility"
            label={labels.visibility}
            options={CALL_VISIBILITIES.map((v) => ({ value: v, label: t(`funding.visibility.${v}`) }))}
          />
          <TextArea
            form={form}
            name="practices"
            label={labels.practices}
            hint={t("funding.practicesHint")}
            rows={3}
          />
        </>
      ),
    },
    status,
  );
}
