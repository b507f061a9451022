// The account page: profile form, links to the other account sections, "sign out everywhere".
import type { Child, FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import {
  CheckboxGroup,
  Csrf,
  FileField,
  type FormState,
  IMAGE_TYPES,
  SubmitButton,
  TextField,
} from "../../../platform/ui/components.tsx";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { SPOKEN_LANGUAGES } from "../profile.service.ts";
import { LanguageField, NameField } from "./account-parts.tsx";

export type AccountView = { email: string; photoKey: string | null; photoAlt: string | null };

/** Links between the account sections; the current one is marked for screen readers. */
export const AccountNav: FC<{ c: Ctx; current: string }> = ({ c, current }) => {
  const t = c.get("t");
  const items = [
    { href: "/account", label: t("identity.account.profile") },
    { href: "/account/password", label: t("identity.account.password") },
    { href: "/account/email", label: t("identity.account.email") },
    { href: "/account/tokens", label: t("identity.tokens.title") },
    // The labs module's page: registrations and the personal calendar feed.
    { href: "/me/meetings", label: t("identity.account.meetings") },
  ];
  return (
    <nav aria-label={t("identity.account.sections")} class="mb-4">
      <ul class="nav nav-tabs">
        {items.map((i) => (
          <li class="nav-item">
            <a
              class={`nav-link${i.href === current ? " active" : ""}`}
              href={i.href}
              aria-current={i.href === current ? "page" : undefined}
            >
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
};

/** An account section below the profile: breadcrumbs through "My account", its title and the tabs. */
export function accountSectionPage(c: Ctx, current: string, title: string, body: Child, status: number) {
  const t = c.get("t");
  return render(
    c,
    {
      title,
      breadcrumbs: [
        { href: "/", label: t("layout.home") },
        { href: "/account", label: t("identity.account.title") },
        { label: title },
      ],
    },
    <div>
      <h1>{title}</h1>
      <AccountNav c={c} current={current} />
      {body}
    </div>,
    status,
  );
}

export function accountPage(c: Ctx, account: AccountView, form: FormState, status = 200) {
  const t = c.get("t");
  const labels = {
    name: t("identity.signUp.name"),
    language: t("identity.signUp.language"),
    photo: t("identity.profile.photoFile"),
    photoAlt: t("identity.profile.photoAlt"),
  };
  const photoError = form.errors.photo;
  return render(
    c,
    {
      title: t("identity.account.title"),
      breadcrumbs: [{ href: "/", label: t("layout.home") }, { label: t("identity.account.title") }],
    },
    <div>
      <h1>{t("identity.account.title")}</h1>
      <AccountNav c={c} current="/account" />
      <div class="row">
        <div class="col-12 col-lg-8">
          <h2 class="h3">{t("identity.account.profile")}</h2>
          <p>{t("identity.account.signedInAs", { email: account.email })}</p>
          <FormBlock
            c={c}
            form={form}
            labels={labels}
            action="/account"
            enctype="multipart/form-data"
            submit={t("form.save")}
          >
            <NameField c={c} form={form} label={labels.name} />
            <LanguageField c={c} form={form} label={labels.language} />
            <CheckboxGroup
              form={form}
              name="spokenLanguages"
              legend={t("identity.profile.spoken")}
              inline
              options={SPOKEN_LANGUAGES.map((l) => ({ value: l, label: t(`identity.profile.lang.${l}`) }))}
            />
            <fieldset class="mb-4">
              <legend class="h6 mb-3">{t("identity.profile.photo")}</legend>
              {account.photoKey ? (
                <div class="mb-3">
                  <img
                    src={`/files/${account.photoKey}`}
                    alt={account.photoAlt ?? ""}
                    class="profile-photo"
                    width="160"
                  />
                  <div class="form-check">
                    <input
                      id="removePhoto"
                      name="removePhoto"
                      type="checkbox"
                      value="on"
                      checked={form.values.removePhoto === "on"}
                    />
                    <label for="removePhoto">{t("identity.profile.removePhoto")}</label>
                  </div>
                </div>
              ) : null}
              <FileField
                name="photo"
                label={labels.photo}
                accept={IMAGE_TYPES}
                hint={t("identity.profile.photoHint")}
                error={photoError}
              />
              <TextField
                form={form}
                name="photoAlt"
                label={labels.photoAlt}
                hint={t("identity.profile.photoAltHint")}
                maxlength={300}
              />
            </fieldset>
          </FormBlock>
        </div>
      </div>
      <section class="mt-5" aria-labelledby="sessions-heading">
        <h2 class="h3" id="sessions-heading">
          {t("identity.account.sessions")}
        </h2>
        <p>{t("identity.account.sessionsLead")}</p>
        <form method="post" action="/account/sign-out-everywhere">
          <Csrf token={c.get("csrfToken")()} />
          <SubmitButton kind="danger" label={t("identity.account.signOutEverywhere")} />
        </form>
      </section>
    </div>,
    status,
  );
}
