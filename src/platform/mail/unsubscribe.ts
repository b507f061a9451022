// The header fields that let a mail client offer "unsubscribe" next to a notification mail: a link
// (RFC 2369) and, with List-Unsubscribe-Post, a one-click POST to it that needs no page (RFC 8058).
// The link's token is the credential (the receiving route is exempt from CSRF): it names the person
// and what they stop receiving, and is signed. Transactional mails (sign-in links, confirmations of
// what the person just did) carry none: they cannot be turned off.
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
