// The mails of conference registration, in the registrant's language, with absolute links. Sent
// after the write has committed; a mail server that fails is logged, and the person can ask again.
import type { Deps } from "../../platform/http/context.ts";
import { translator } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { renderCertificate } from "./certificate.ts";
import { showCheckInCode } from "./codes.ts";
import type { Conference, Registration } from "./types.ts";
import { absolute, CONFIRM_PATH, certificatePath, mePath } from "./urls.ts";
import { dayRange } from "./when.ts";
import "./messages.ts";

type Who = { name: string; email: string; language: "it" | "en" };

async function send(deps: Deps, mail: Mail) {
  try {
    await deps.mailer.send(mail);
  } catch (err) {
    deps.log.error({ err, to: mail.to, subject: mail.subject }, "conference mail not sent");
  }
}

const frame = (who: Who, c: Conference) => {
  const t = translator(who.language);
  return {
    t,
    vars: { name: who.name, conference: c.title, dates: dayRange(who.language, c.startsOn, c.endsOn) },
  };
};

export async function sendConfirmLinkMail(deps: Deps, c: Conference, who: Who, token: string) {
  const { t, vars } = frame(who, c);
  const url = absolute(deps, `${CONFIRM_PATH}?token=${encodeURIComponent(token)}`);
  await send(
    deps,
    composeMail(
      {
        to: who.email,
        subject: t("conferences.mail.confirm.subject", vars),
        greeting: t("conferences.mail.greeting", vars),
        paragraphs: [t("conferences.mail.confirm.body", vars)],
        action: { href: url, label: t("conferences.mail.confirm.action") },
        after: [t("conferences.mail.confirm.after")],
        signature: t("conferences.mail.signature"),
      },
      who.language,
    ),
  );
}

/** After confirmation (or when someone registered asks again): the code and the registration page. */
export async function sendRegisteredMail(deps: Deps, c: Conference, r: Registration, access: string) {
  const { t, vars } = frame(r, c);
  await send(
    deps,
    composeMail(
      {
        to: r.email,
        subject: t("conferences.mail.registered.subject", vars),
        greeting: t("conferences.mail.greeting", vars),
        paragraphs: [
          t("conferences.mail.registered.body", vars),
          t("conferences.mail.registered.code", { code: showCheckInCode(r.code) }),
        ],
        action: {
          href: absolute(deps, mePath(c.slug, access)),
          label: t("conferences.mail.registered.action"),
        },
        after: [t("conferences.mail.registered.after")],
        signature: t("conferences.mail.signature"),
      },
      r.language,
    ),
  );
}

/** After check-in: thanks, and the link to download the certificate. */
export async function sendAttendanceMail(deps: Deps, c: Conference, r: Registration, access: string) {
  const { t, vars } = frame(r, c);
  await send(
    deps,
    composeMail(
      {
        to: r.email,
        subject: t("conferences.mail.attended.subject", vars),
        greeting: t("conferences.mail.greeting", vars),
        paragraphs: [t("conferences.mail.attended.body", vars)],
        action: {
          href: absolute(deps, certificatePath(c.slug, access)),
          label: t("conferences.mail.attended.action"),
        },
        after: [t("conferences.mail.attended.after", { url: absolute(deps, mePath(c.slug, access)) })],
        signature: t("conferences.mail.signature"),
      },
      r.language,
    ),
  );
}

/** The certificate itself, attached as a PDF (asked for from the registration page). */
export async function sendCertificateMail(deps: Deps, c: Conference, r: Registration, access: string) {
  const { t, vars } = frame(r, c);
  const pdf = await renderCertificate(deps, c, r);
  const mail = composeMail(
    {
      to: r.email,
      subject: t("conferences.mail.certificate.subject", vars),
      greeting: t("conferences.mail.greeting", vars),
      paragraphs: [t("conferences.mail.certificate.body", vars)],
      action: {
        href: absolute(deps, certificatePath(c.slug, access)),
        label: t("conferences.mail.attended.action"),
      },
      signature: t("conferences.mail.signature"),
    },
    r.language,
  );
  await send(deps, {
    ...mail,
    attachments: [
      {
        filename: `${t("conferences.certificate.file")}-${c.slug}.pdf`,
        content: pdf,
        contentType: "application/pdf",
      },
    ],
  });
}

/** A place freed up in a session and is now theirs (they were first on its waiting list). */
export async function sendPlaceFreeMail(
  deps: Deps,
  c: Conference,
  who: Who,
  session: string,
  access: string,
) {
  const { t, vars } = frame(who, c);
  const v = { ...vars, session };
  await send(
    deps,
    composeMail(
      {
        to: who.email,
        subject: t("conferences.mail.promoted.subject", v),
        greeting: t("conferences.mail.greeting", v),
        paragraphs: [t("conferences.mail.promoted.body", v)],
        action: {
          href: absolute(deps, mePath(c.slug, access)),
          label: t("conferences.mail.promoted.action"),
        },
        after: [t("conferences.mail.promoted.after")],
        signature: t("conferences.mail.signature"),
      },
      who.language,
    ),
  );
}
