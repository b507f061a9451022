// The attendance certificate: a tagged, accessible PDF (src/platform/pdf) in the attendee's
// language, with headings in reading order, the conference's dates and venue, and the verification
// code and URL whose public page confirms it.
import type { Deps } from "../../platform/deps.ts";
import { dateTimeFormat, translator } from "../../platform/i18n/index.ts";
import { renderPdf } from "../../platform/pdf/pool.ts";
import { networkById } from "../identity/index.ts";
import type { Conference, Registration } from "./types.ts";
import { absolute, verificationPath } from "./urls.ts";
import { dayRange } from "./when.ts";
import "./messages.attendance.ts";

const LOCALE = { it: "it-IT", en: "en-GB" } as const;

/**
 * The day attendance was recorded, in the conference's zone and the attendee's language: the date the
 * certificate carries ("14 aprile 2027"), whatever the server's zone.
 */
export function certificateDay(lang: "it" | "en", c: Conference, checkedInAt: Date): string {
  return dateTimeFormat(LOCALE[lang], { dateStyle: "long", timeZone: c.timeZone }).format(checkedInAt);
}

export async function renderCertificate(deps: Deps, c: Conference, r: Registration): Promise<Buffer> {
  if (!r.certificateCode || !r.checkedInAt) throw new Error("No certificate for a person not checked in.");
  const lang = r.language;
  const t = translator(lang);
  const network = await networkById(deps, c.networkId);
  const url = absolute(deps, verificationPath(r.certificateCode));
  const dates = dayRange(lang, c.startsOn, c.endsOn);
  const issued = certificateDay(lang, c, r.checkedInAt);
  // In a worker thread, as every PDF (decision 0010): a conference ends with many downloads at once.
  return renderPdf({
    title: t("conferences.certificate.docTitle", { name: r.name, conference: c.title }),
    lang: LOCALE[lang],
    author: network.name,
    subject: t("conferences.certificate.heading"),
    layout: "portrait",
    frame: true,
    align: "center",
    blocks: [
      { kind: "space", lines: 2 },
      { kind: "h1", text: t("conferences.certificate.heading") },
      { kind: "p", text: t("conferences.certificate.intro") },
      { kind: "p", text: r.name, size: 22, bold: true },
      { kind: "p", text: t("conferences.certificate.attended") },
      { kind: "h2", text: c.title },
      {
        kind: "fields",
        rows: [
          [t("conferences.certificate.dates"), dates],
          ...(c.venue ? ([[t("conferences.certificate.venue"), c.venue]] as [string, string][]) : []),
          [t("conferences.certificate.network"), network.name],
          [t("conferences.certificate.checkedIn"), issued],
        ],
      },
      { kind: "space", lines: 1 },
      { kind: "h2", text: t("conferences.certificate.verifyHeading") },
      { kind: "p", text: t("conferences.certificate.verifyText") },
      { kind: "fields", rows: [[t("conferences.certificate.code"), r.certificateCode]] },
      { kind: "link", text: url, url },
    ],
  });
}
