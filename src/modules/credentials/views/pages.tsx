// The pages of the id-based URLs: an issuer with its keys, an achievement, a credential saying in
// words whether it is valid, revoked or expired. Content in the achievement's own language is marked
// with `lang`.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { render } from "../../../platform/ui/layout.tsx";
import type { AchievementRow } from "../credentials.repo.ts";
import type { Issuer } from "../issuers.service.ts";
import type { CredentialPage } from "../pages.service.ts";
import type { Verification } from "../verify.ts";

type Method = { id: string; publicKeyMultibase: string };

export function issuerView(c: Ctx, d: { issuer: Issuer; document: Record<string, unknown> }) {
  const t = c.get("t");
  const methods = (d.document.assertionMethod ?? []) as Method[];
  return render(
    c,
    { title: d.issuer.profile.name },
    <div class="row">
      <div class="col-12 col-lg-8">
        <p class="text-uppercase small fw-semibold mb-1">{t("credentials.issuer.kind")}</p>
        <h1>{d.issuer.profile.name}</h1>
        <p class="lead">{t("credentials.issuer.lead")}</p>
        <dl class="row">
          <dt class="col-sm-4">{t("credentials.issuer.network")}</dt>
          <dd class="col-sm-8">
            <a href={`/networks/${d.issuer.networkSlug}`}>{d.issuer.profile.name}</a>
          </dd>
          <dt class="col-sm-4">{t("credentials.issuer.id")}</dt>
          <dd class="col-sm-8 text-break">
            <code>{d.issuer.profile.id}</code>
          </dd>
        </dl>
        <h2 class="h4">{t("credentials.issuer.keys")}</h2>
        <p>{t("credentials.issuer.keysLead")}</p>
        <ul>
          {methods.map((m) => (
            <li class="text-break">
              <code>{m.id.slice(m.id.indexOf("#") + 1)}</code>: <code>{m.publicKeyMultibase}</code>
            </li>
          ))}
        </ul>
        <p>{t("credentials.issuer.machine")}</p>
      </div>
    </div>,
  );
}

export function achievementView(c: Ctx, d: { achievement: AchievementRow; issuer: Issuer }) {
  const t = c.get("t");
  const a = d.achievement;
  return render(
    c,
    { title: a.name },
    <div class="row">
      <div class="col-12 col-lg-8">
        <p class="text-uppercase small fw-semibold mb-1">{t("credentials.achievement.kind")}</p>
        <h1 lang={a.language}>{a.name}</h1>
        <p class="lead" lang={a.language}>
          {a.description}
        </p>
        <h2 class="h4">{t("credentials.achievement.criteria")}</h2>
        <p>{a.criteria}</p>
        <dl class="row">
          <dt class="col-sm-4">{t("credentials.issuer.kind")}</dt>
          <dd class="col-sm-8">
            <a href={`/issuers/${d.issuer.id}`}>{d.issuer.profile.name}</a>
          </dd>
        </dl>
      </div>
    </div>,
  );
}

/** The verification's answer in words, and how the alert looks. */
export function verdict(c: Ctx, v: Verification, issuerName: string) {
  const t = c.get("t");
  if (v.verified) return { kind: "success", text: t("credentials.verdict.valid", { issuer: issuerName }) };
  if (v.revoked) return { kind: "danger", text: t("credentials.verdict.revoked", { issuer: issuerName }) };
  if (v.expired) return { kind: "warning", text: t("credentials.verdict.expired") };
  return {
    kind: "danger",
    text: t("credentials.verdict.invalid", {
      reason: v.errors.map((e) => t(`credentials.error.${e.code}`)).join(" "),
    }),
  };
}

export function credentialView(c: Ctx, d: CredentialPage) {
  const t = c.get("t");
  const lang = c.get("lang");
  const tz = c.get("deps").config.timeZone;
  const v = verdict(c, d.verification, d.issuer.profile.name);
  const title = t("credentials.credential.title", { name: d.achievement.name });
  return render(
    c,
    { title, noindex: true },
    <div class="row">
      <div class="col-12 col-lg-8">
        <p class="text-uppercase small fw-semibold mb-1">{t("credentials.credential.kind")}</p>
        <h1>
          <span lang={d.achievement.language}>{d.achievement.name}</span>
        </h1>
        <div class={`alert alert-${v.kind}`} role="status">
          <p class="mb-0">{v.text}</p>
        </div>
        <dl class="row">
          {d.recipient ? (
            <>
              <dt class="col-sm-4">{t("credentials.credential.recipient")}</dt>
              <dd class="col-sm-8">{d.recipient}</dd>
            </>
          ) : null}
          <dt class="col-sm-4">{t("credentials.achievement.kind")}</dt>
          <dd class="col-sm-8">
            <a href={`/achievements/${d.achievement.id}`} lang={d.achievement.language}>
              {d.achievement.name}
            </a>
          </dd>
          <dt class="col-sm-4">{t("credentials.issuer.kind")}</dt>
          <dd class="col-sm-8">
            <a href={`/issuers/${d.issuer.id}`}>{d.issuer.profile.name}</a>
          </dd>
          <dt class="col-sm-4">{t("credentials.credential.issuedAt")}</dt>
          <dd class="col-sm-8">{formatDate(lang, d.issuedAt, tz)}</dd>
        </dl>
        <h2 class="h4">{t("credentials.credential.keepTitle")}</h2>
        <p>{t("credentials.credential.keep")}</p>
        <p>
          <a class="btn btn-primary" href={`/credentials/${d.id}/credential.json`} download>
            {t("credentials.credential.download")}
          </a>
        </p>
        <p>
          <a href="/credentials/verify">{t("credentials.credential.verifyLink")}</a>
        </p>
      </div>
    </div>,
  );
}

export function notFoundView(c: Ctx, what: "issuer" | "achievement" | "credential") {
  const t = c.get("t");
  const title = t(`credentials.notFound.${what}`);
  return render(
    c,
    { title, noindex: what === "credential" },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
        <div class="alert alert-danger" role="alert">
          <p class="mb-0">{t("credentials.notFound.text")}</p>
        </div>
      </div>
    </div>,
    404,
  );
}

/** A credential withdrawn when its holder deleted the account: said so (410), revoked, no details. */
export function withdrawnView(c: Ctx) {
  const t = c.get("t");
  const title = t("credentials.withdrawn.title");
  return render(
    c,
    { title, noindex: true },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
        <div class="alert alert-warning" role="alert">
          <p class="mb-0">{t("credentials.withdrawn.text")}</p>
        </div>
      </div>
    </div>,
    410,
  );
}
