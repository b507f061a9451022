// The learning certificate as a tagged, accessible PDF (platform/pdf), rendered on request from its
// row as conferences/certificate.ts renders the attendance certificate: in the certificate's
// language, headings in reading order, the person, the course or curriculum, the completion date
// in the learner's zone, and the code with the URL of the page that confirms it.
import type { Deps } from "../../platform/deps.ts";
import { formatDate, localeOf, translator } from "../../platform/i18n/index.ts";
import { renderPdf } from "../../platform/pdf/pool.ts";
import { networkById } from "../identity/index.ts";
import { type CertificateView, certificatePath } from "./certificates.service.ts";
import "./messages.certificates.ts";

export async function renderLearningCertificate(deps: Deps, v: CertificateView): Promise<Buffer> {
  const lang = v.certificate.language;
  const t = translator(lang);
  const network = await networkById(deps, v.networkId);
  const url = `${deps.config.baseUrl}${certificatePath(v.certificate.code)}`;
  const date = formatDate(lang, v.certificate.completedAt, v.timeZone);
  // In a worker thread, as every PDF (decision 0010).
  return renderPdf({
    title: t("learning.certificate.docTitle", { name: v.name, title: v.title }),
    lang: localeOf[lang],
    author: network.name,
    subject: t("learning.certificate.heading"),
    layout: "portrait",
    frame: true,
    align: "center",
    blocks: [
      { kind: "space", lines: 2 },
      { kind: "h1", text: t("learning.certificate.heading") },
      { kind: "p", text: t("learning.certificate.intro") },
      { kind: "p", text: v.name, size: 22, bold: true },
      { kind: "p", text: t(`learning.certificate.completed.${v.kind}`) },
      { kind: "h2", text: v.title },
      {
        kind: "fields",
        rows: [
          [t("learning.certificate.date"), date],
          [t("learning.certificate.network"), network.name],
        ],
      },
      { kind: "space", lines: 1 },
      { kind: "h2", text: t("learning.certificate.verifyHeading") },
      { kind: "p", text: t("learning.certificate.verifyText") },
      { kind: "fields", rows: [[t("learning.certificate.code"), v.certificate.code]] },
      { kind: "link", text: url, url },
    ],
  });
}
