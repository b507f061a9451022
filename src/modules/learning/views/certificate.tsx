// The public page a certificate's code leads to (/learning/certificates/{code}): it confirms in
// words who completed what and when, or says clearly (404) that no certificate has the code, or (410) that its holder withdrew it by
// deleting the account. Its
// owner also finds the PDF here.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { render } from "../../../platform/ui/layout.tsx";
import { type CertificateView, certificatePath, certificatePdfPath } from "../certificates.service.ts";

export function certificatePage(
  c: Ctx,
  d: { found: CertificateView | null; code: string; withdrawn?: boolean },
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const f = d.found;
  const title = f
    ? t("learning.certificates.title")
    : d.withdrawn
      ? t("learning.certificates.withdrawnTitle")
      : t("learning.certificates.unknownTitle");
  const mine = Boolean(f && c.get("actor")?.id === f.certificate.accountId);
  return render(
    c,
    { title },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
        {f ? (
          <>
            <div class="alert alert-success" role="status">
              <p class="mb-0">{t("learning.certificates.valid")}</p>
            </div>
            <p class="lead">
              {t(`learning.certificates.confirm.${f.kind}`, {
                name: f.name,
                title: f.title,
                date: formatDate(lang, f.certificate.completedAt, f.timeZone),
              })}
            </p>
            <dl class="row">
              <dt class="col-sm-4">{t("learning.certificates.name")}</dt>
              <dd class="col-sm-8">{f.name}</dd>
              <dt class="col-sm-4">{t(`learning.certificates.${f.kind}`)}</dt>
              <dd class="col-sm-8">
                <a href={f.href} lang={f.titleLanguage}>
                  {f.title}
                </a>
              </dd>
              <dt class="col-sm-4">{t("learning.certificates.date")}</dt>
              <dd class="col-sm-8">{formatDate(lang, f.certificate.completedAt, f.timeZone)}</dd>
              <dt class="col-sm-4">{t("learning.certificates.code")}</dt>
              <dd class="col-sm-8">
                <code>{f.certificate.code}</code>
              </dd>
            </dl>
            {mine ? (
              <>
                <p>{t("learning.certificates.yours")}</p>
                <p>
                  <a class="btn btn-primary" href={certificatePdfPath(f.certificate.code)}>
                    {t("learning.certificates.download")}
                  </a>
                </p>
              </>
            ) : null}
          </>
        ) : d.withdrawn ? (
          <div class="alert alert-warning" role="alert">
            <p class="mb-0">{t("learning.certificates.withdrawn", { code: d.code.slice(0, 40) })}</p>
          </div>
        ) : (
          <div class="alert alert-danger" role="alert">
            <p class="mb-0">{t("learning.certificates.unknown", { code: d.code.slice(0, 40) })}</p>
          </div>
        )}
      </div>
    </div>,
    f ? 200 : d.withdrawn ? 410 : 404,
  );
}

/** The learner's certificates on /learning/me: each with its page and its PDF. */
export function Certificates({ c, items }: { c: Ctx; items: CertificateView[] }) {
  const t = c.get("t");
  const lang = c.get("lang");
  return (
    <section aria-labelledby="certificates" class="mb-4">
      <h2 id="certificates" class="h4">
        {t("learning.me.certificates")}
      </h2>
      {items.length ? (
        <ul>
          {items.map((v) => (
            <li class="mb-2">
              {t(`learning.me.certificateOf.${v.kind}`, {
                title: v.title,
                date: formatDate(lang, v.certificate.completedAt, v.timeZone),
              })}
              <br />
              <a href={certificatePdfPath(v.certificate.code)}>
                {t("learning.certificates.download")}
                <span class="visually-hidden">: {v.title}</span>
              </a>{" "}
              ·{" "}
              <a href={certificatePath(v.certificate.code)}>
                {t("learning.me.certificatePage")}
                <span class="visually-hidden">: {v.title}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("learning.me.noCertificates")}</p>
      )}
    </section>
  );
}
