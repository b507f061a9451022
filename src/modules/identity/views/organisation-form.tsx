// Create and edit an organisation's profile. The PA flag is not here: nobody declares it for themselves.
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Checkbox,
  FileField,
  type FormState,
  IMAGE_TYPES,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { countryOptions } from "../organisations.countries.ts";
import type { Organisation } from "../organisations.service.ts";
import { typeOptions } from "./identity-shared.tsx";

export function organisationFormPage(c: Ctx, form: FormState, org: Organisation | null, status = 200) {
  const t = c.get("t");
  const lang = c.get("lang");
  const labels = {
    name: t("identity.orgs.name"),
    type: t("identity.orgs.type"),
    country: t("identity.orgs.country"),
    city: t("identity.orgs.city"),
    website: t("identity.orgs.website"),
    description: t("identity.orgs.description"),
    logo: t("identity.orgs.logo"),
    logoAlt: t("identity.orgs.logoAlt"),
  };
  const title = org ? t("identity.orgs.editTitle", { name: org.name }) : t("identity.orgs.createTitle");
  return formPage(
    c,
    {
      title,
      breadcrumbs: [
        { href: "/organisations", label: t("identity.orgs.title") },
        ...(org ? [{ href: `/organisations/${org.slug}`, label: org.name }] : []),
        { label: title },
      ],
      lead: org ? undefined : t("identity.orgs.createLead"),
      form,
      labels,
      action: org ? `/organisations/${org.slug}/edit` : "/organisations",
      enctype: org ? "multipart/form-data" : undefined,
      submit: org ? t("form.save") : t("identity.orgs.createSubmit"),
      children: (
        <>
          <TextField form={form} name="name" label={labels.name} required maxlength={200} />
          <SelectField
            form={form}
            name="type"
            label={labels.type}
            required
            options={[{ value: "", label: t("identity.orgs.chooseType") }, ...typeOptions(t)]}
          />
          <SelectField
            form={form}
            name="country"
            label={labels.country}
            required
            options={[{ value: "", label: t("identity.orgs.chooseCountry") }, ...countryOptions(lang)]}
          />
          <TextField form={form} name="city" label={labels.city} maxlength={120} />
          <TextField
            form={form}
            name="website"
            type="url"
            label={labels.website}
            hint={t("identity.orgs.websiteHint")}
            maxlength={300}
          />
          <TextArea form={form} name="description" label={labels.description} maxlength={4000} rows={6} />
          {org ? (
            <fieldset class="mb-4">
              <legend class="h5">{labels.logo}</legend>
              {org.logo_key ? (
                <p>
                  <img class="org-logo" src={`/files/${org.logo_key}`} alt={org.logo_alt ?? ""} />
                </p>
              ) : null}
              <FileField
                name="logo"
                label={t("identity.orgs.logoFile")}
                accept={IMAGE_TYPES}
                hint={t("identity.orgs.logoHint")}
                error={form.errors.logo}
              />
              <TextField
                form={form}
                name="logoAlt"
                label={labels.logoAlt}
                hint={t("identity.orgs.logoAltHint")}
                maxlength={300}
              />
              {org.logo_key ? (
                <Checkbox form={form} name="removeLogo" label={t("identity.orgs.removeLogo")} />
              ) : null}
            </fieldset>
          ) : null}
        </>
      ),
    },
    status,
  );
}
