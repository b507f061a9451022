// Personal access tokens: the list, a form to create one (its value shown once), revoke buttons.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { Csrf, type FormState, SubmitButton, TextField } from "../../../platform/ui/components.tsx";
import { accountSectionPage } from "./account.tsx";
import { FormErrors, PostForm } from "./account-parts.tsx";

export type TokenRow = { id: string; name: string; created_at: Date; last_used_at: Date | null };

export function tokensPage(
  c: Ctx,
  tokens: TokenRow[],
  form: FormState,
  created?: { name: string; token: string },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const tz = c.get("deps").config.timeZone;
  const title = t("identity.tokens.title");
  const labels = { name: t("identity.tokens.name") };
  return accountSectionPage(
    c,
    "/account/tokens",
    title,
    <>
      <p>{t("identity.tokens.lead")}</p>
      {created ? (
        <div class="alert alert-success" role="status">
          <p class="fw-semibold">{t("identity.tokens.created", { name: created.name })}</p>
          <p>{t("identity.tokens.copyNow")}</p>
          <p>
            <code id="new-token" class="token-value">
              {created.token}
            </code>
          </p>
        </div>
      ) : null}
      <h2 class="h3">{t("identity.tokens.yours")}</h2>
      {tokens.length ? (
        <div class="table-responsive">
          <table class="table">
            <caption class="visually-hidden">{t("identity.tokens.yours")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("identity.tokens.name")}</th>
                <th scope="col">{t("identity.tokens.createdAt")}</th>
                <th scope="col">{t("identity.tokens.lastUsed")}</th>
                <th scope="col">
                  <span class="visually-hidden">{t("identity.tokens.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((tok) => (
                <tr>
                  <td>{tok.name}</td>
                  <td>{formatDate(lang, tok.created_at, tz, true)}</td>
                  <td>
                    {tok.last_used_at
                      ? formatDate(lang, tok.last_used_at, tz, true)
                      : t("identity.tokens.never")}
                  </td>
                  <td>
                    <form method="post" action={`/account/tokens/${tok.id}/revoke`}>
                      <Csrf token={c.get("csrfToken")()} />
                      <button type="submit" class="btn btn-outline-danger btn-sm">
                        {t("identity.tokens.revoke")}
                        <span class="visually-hidden"> {tok.name}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("identity.tokens.none")}</p>
      )}
      <h2 class="h3 mt-4">{t("identity.tokens.new")}</h2>
      <div class="row">
        <div class="col-12 col-lg-7">
          <FormErrors form={form} title={t("form.errorSummary")} labels={labels} />
          <PostForm c={c} action="/account/tokens">
            <TextField
              form={form}
              name="name"
              label={labels.name}
              required
              requiredLabel={t("form.requiredMark")}
              hint={t("identity.tokens.nameHint")}
              maxlength={100}
            />
            <SubmitButton label={t("identity.tokens.create")} />
          </PostForm>
        </div>
      </div>
    </>,
    status,
  );
}
