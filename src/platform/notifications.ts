// Notification kinds: what a module tells people about, declared in its manifest (`notifications`)
// and delivered by a handler of one of its domain events. The module says whom to tell and what
// (`resolve`, reading its own tables); the notifications module decides how, from each person's
// preferences — at once by email, in the daily digest, in the list only, or not at all — and keeps
// the list and the unread count. So no module mails people about things they did not ask for, and
// every such mail can be turned off from the mail itself (List-Unsubscribe).
//
// Here: the types and the registry only (the platform imports no module). app/ installs every
// manifest's kinds (installNotificationKinds); the notifications module supplies the delivery
// (setNotificationDelivery) when its handler file loads. One event handler per kind, named
// `notify.<kind>`: delivery is once per kind and event (events.ts receipts).

import type { Db } from "./db/database.ts";
import type { Deps } from "./deps.ts";
import { type DomainEvent, type Effect, type EventMap, type EventName, onEvent } from "./events.ts";
import { newId } from "./ids.ts";
import type { Mail } from "./mail/mailer.ts";

/** How a person hears about one kind. */
export const NOTIFICATION_MODES = ["email", "digest", "app", "off"] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

/** A lab or a network someone may mute: nothing about it reaches them (Decidim's "follow", inverted). */
export type NotificationScope = { kind: "lab" | "network"; id: string; name: string };

/** What one event tells whom. */
export type Notice = {
  /** Account ids; the resolver leaves out the person who caused the event. */
  recipients: string[];
  /** The sentence in the list and the mail's subject: a message key and its parameters. */
  text: { key: string; params: Record<string, string> };
  /** Where the notice leads, a path of this site ("/labs/…"). */
  href: string;
  scope?: NotificationScope;
  /**
   * The mail for one recipient in "email" mode, when the kind has a richer one than the sentence and
   * its link (a meeting moved: the new time, the calendar file). The notifications module adds the
   * unsubscribe header fields; null: no mail for that person.
   */
  mailFor?: (accountId: string) => Promise<Mail | null>;
};

export type NotificationKind = {
  /** `<module>.<what>`, kebab-case: stored with each notification and each preference. */
  name: string;
  event: EventName;
  /** Message key of the kind's name on the preferences page. */
  label: string;
  /** The mode of a person who chose none. */
  defaultMode: NotificationMode;
  /** Reads what the notice needs (outside any transaction); null: nobody to tell. */
  resolve(deps: Deps, event: DomainEvent): Promise<Notice | null>;
};

/** A kind, typed against its event's payload. */
export function notificationKind<N extends EventName>(k: {
  name: string;
  event: N;
  label: string;
  defaultMode: NotificationMode;
  resolve(deps: Deps, event: DomainEvent<N>): Promise<Notice | null>;
}): NotificationKind {
  return k as unknown as NotificationKind;
}

export type NotificationDelivery = (
  deps: Deps,
  kind: NotificationKind,
  notice: Notice,
  event: DomainEvent,
  /** Demo data: in the lists only, no mail whatever the person chose. */
  opts?: { quiet?: boolean },
) => Promise<Effect | undefined>;

const KIND = /^[a-z]+\.[a-z0-9-]+$/;
const kinds = new Map<string, NotificationKind>();
let delivery: NotificationDelivery | undefined;

/** Called once per process by app/ with every manifest's kinds: one event handler each. */
export function installNotificationKinds(list: readonly NotificationKind[]): void {
  for (const kind of list) {
    if (!KIND.test(kind.name)) throw new Error(`Notification kinds are <module>.<what>: ${kind.name}`);
    if (kinds.has(kind.name)) throw new Error(`Two notification kinds are called ${kind.name}`);
    kinds.set(kind.name, kind);
    onEvent(`notify.${kind.name}`, kind.event, async (deps, event) => {
      if (!delivery) return undefined; // no notifications module in this application
      const notice = await kind.resolve(deps, event as DomainEvent);
      if (!notice?.recipients.length) return undefined;
      return delivery(deps, kind, notice, event as DomainEvent);
    });
  }
}

/** The notifications module's delivery (its handler file calls this at import). */
export function setNotificationDelivery(fn: NotificationDelivery): void {
  delivery = fn;
}

/** Every kind installed, in the order of the manifests. */
export const notificationKinds = (): NotificationKind[] => [...kinds.values()];

export const notificationKindNamed = (name: string): NotificationKind | undefined => kinds.get(name);

/**
 * Demo data: what `kind` would have told people had `payload`'s event happened at `at` — the demo
 * writes its history directly, without events (and their mails) — in the lists only, never mailed.
 */
export async function seedNotice<N extends EventName>(
  deps: Deps,
  kindName: string,
  payload: EventMap[N],
  at: Date,
): Promise<void> {
  const kind = kinds.get(kindName);
  if (!kind || !delivery) return;
  const event = {
    ...payload,
    id: newId(),
    name: kind.event,
    occurredAt: at.toISOString(),
    v: 1,
  } as DomainEvent;
  const notice = await kind.resolve(deps, event);
  if (!notice?.recipients.length) return;
  const effect = await delivery(deps, kind, notice, event, { quiet: true });
  if (effect) await deps.db.transaction().execute((trx: Db) => effect(trx));
}
