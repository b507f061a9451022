// Builds a mail's plain-text and simple HTML bodies from the same parts, so both always say the
// same thing. Parts are already translated; this only lays them out and escapes them.
import type { Mail } from "./mailer.ts";

export type MailParts = {
  to: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** The one action of the mail: an absolute link and its label. */
  action?: { href: string; label: string };
  /** After the action (why you got this, what to do if it was not you). */
  after?: string[];
  signature: string;
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function composeMail(p: MailParts, lang: string): Mail {
  const text = [
    p.greeting,
    "",
    ...p.paragraphs.flatMap((x) => [x, ""]),
    ...(p.action ? [`${p.action.label}:`, p.action.href, ""] : []),
    ...(p.after ?? []).flatMap((x) => [x, ""]),
    "-- ",
    p.signature,
    "",
  ].join("\n");
  const para = (x: string) => `<p>${escapeHtml(x)}</p>`;
  const html = [
    `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(p.subject)}</title></head>`,
    `<body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">`,
    para(p.greeting),
    ...p.paragraphs.map(para),
    p.action
      ? `<p><a href="${escapeHtml(p.action.href)}" style="color:#0066cc;font-weight:bold">${escapeHtml(p.action.label)}</a></p>` +
        `<p style="font-size:90%">${escapeHtml(p.action.href)}</p>`
      : "",
    ...(p.after ?? []).map(para),
    `<p style="color:#555">${escapeHtml(p.signature)}</p>`,
    "</body></html>",
  ].join("\n");
  return { to: p.to, subject: p.subject, text, html };
}
