// Personal access tokens: the list (with each one's end and permissions), a form to create one (its
// value shown once; a lifetime and read-only to choose), revoke buttons.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { Checkbox, Csrf, type FormState, SelectField, TextField } from "../../../platform/ui/components.tsx";
import { TOKEN_DAYS } from "../tokens.service.ts";
import "../messages.tokens.ts";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { accountSectionPage } from "./account.tsx";

export type TokenRow = {
  id: string;
  name: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date;
  read_only: boolean;
};

export function tokensPage(
  c: Ctx,
  tokens: TokenRow[],
  form: FormState,
  created?: { name: string; token: string; expiresAt: Date; readOnly: boolean },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const tz = c.get("deps").config.timeZone;
  const title = t("identity.tokens.title");
  const labels = { name: t("identity.tokens.name"), days: t("identity.tokens.days") };
  const now = c.get("deps").clock.now().getTime();
  const scope = (readOnly: boolean) =>
    t(readOnly ? "identity.tokens.scope.read" : "identity.tokens.scope.write");
  return accountSectionPage(
    c,
    "/account/tokens",
    title,
    <>
      <p>{t("identity.tokens.lead")}</p>
      <p>{t("identity.tokens.revokedOnRecovery")}</p>
      {created ? (
        <div class="alert alert-success" role="status">
          <p class="fw-semibold">{t("identity.tokens.created", { name: created.name })}</p>
          <p>
            {t("identity.tokens.createdUntil", {
              date: formatDate(lang, created.expiresAt, tz),
              scope: scope(created.readOnly),
            })}
          </p>
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
                <th scope="col">{t("identity.tokens.expires")}</th>
                <th scope="col">{t("identity.tokens.scope")}</th>
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
                    {tok.expires_at.getTime() <= now
                      ? t("identity.tokens.expired", { date: formatDate(lang, tok.expires_at, tz) })
                      : formatDate(lang, tok.expires_at, tz)}
                  </td>
                  <td>{scope(tok.read_only)}</td>
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
          <FormBlock
            c={c}
            form={form}
            labels={labels}
            action="/account/tokens"
            submit={t("identity.tokens.create")}
          >
            <TextField
              form={form}
              name="name"
              label={labels.name}
              required
              hint={t("identity.tokens.nameHint")}
              maxlength={100}
            />
            <SelectField
              form={form}
              name="days"
              label={labels.days}
              hint={t("identity.tokens.daysHint")}
              options={TOKEN_DAYS.map((d) => ({
                value: String(d),
                label: t("identity.tokens.daysOption", { days: d }),
              }))}
            />
            <Checkbox form={form} name="readOnly" label={t("identity.tokens.readOnly")} />
            <p class="form-text mb-4" id="readOnly-hint">
              {t("identity.tokens.readOnlyHint")}
            </p>
          </FormBlock>
        </div>
      </div>
    </>,
    status,
  );
}
