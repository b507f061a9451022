// The delivery of every notification kind (platform/notifications.ts calls it from the kind's event
// handler): for each person the module named, their mode for the kind — unless they muted the lab or
// network it is about — then, in the transaction that records the event's receipt, the notification
// in their list (counted unread) and, in "email" mode, the mail queued. Once per kind and event.
import { newId } from "../../platform/ids.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { queueMails } from "../../platform/mail/outbox.ts";
import type { NotificationDelivery } from "../../platform/notifications.ts";
import { accountContacts } from "../identity/index.ts";
import { noticeMail, withUnsubscribe } from "./mails.ts";
import { insertNotification, modesFor, mutedAmong } from "./notifications.repo.ts";

export const deliverNotice: NotificationDelivery = async (deps, kind, notice, event, opts) => {
  const ids = [...new Set(notice.recipients)];
  const [modes, muted, people] = await Promise.all([
    modesFor(deps.db, kind.name, ids),
    notice.scope ? mutedAmong(deps.db, notice.scope.id, ids) : Promise.resolve(new Set<string>()),
    accountContacts(deps, ids),
  ]);
  const targets = people
    .filter((p) => !muted.has(p.id))
    .map((p) => ({ p, mode: modes.get(p.id) ?? kind.defaultMode }))
    .filter((x) => x.mode !== "off");
  if (!targets.length) return undefined;
  const mails: Mail[] = [];
  for (const { p, mode } of targets) {
    if (mode !== "email" || opts?.quiet) continue;
    const own = notice.mailFor ? await notice.mailFor(p.id) : noticeMail(deps, p, kind, notice);
    if (own) mails.push(notice.mailFor ? withUnsubscribe(deps, own, p, kind.name) : own);
  }
  const now = opts?.quiet ? new Date(event.occurredAt) : deps.clock.now();
  return async (trx) => {
    for (const { p, mode } of targets)
      await insertNotification(trx, {
        id: newId(),
        account_id: p.id,
        kind: kind.name,
        event_id: event.id,
        text_key: notice.text.key,
        text_params: notice.text.params,
        href: notice.href,
        scope_kind: notice.scope?.kind ?? null,
        scope_id: notice.scope?.id ?? null,
        scope_name: notice.scope?.name ?? null,
        created_at: now,
        digest: mode === "digest" && !opts?.quiet ? "pending" : "none",
      });
    if (mails.length) await queueMails(deps, trx, mails);
  };
};
