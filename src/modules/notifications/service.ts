// A person's notifications: the list and marking read, their preferences (a mode per kind, the
// digest's hour, their time zone), muted labs and networks, and unsubscribing from a mail's link.
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import {
  NOTIFICATION_MODES,
  type NotificationMode,
  notificationKindNamed,
  notificationKinds,
} from "../../platform/notifications.ts";
import { accountContacts, setAccountTimeZone } from "../identity/index.ts";
import { DIGEST } from "./mails.ts";
import {
  addMute,
  digestHourOf,
  listNotifications,
  markRead,
  mutesOf,
  notificationOf,
  prefsOf,
  removeMute,
  setDigestHour,
  setPref,
  unreadCount,
} from "./notifications.repo.ts";
import { readUnsubscribeToken } from "./tokens.ts";

export const PAGE_SIZE = 30;
export const DEFAULT_DIGEST_HOUR = 8;

export { unreadCount };

/** One page of the list, newest first, and the cursor of the next page (null: no more). */
export async function notificationsPage(
  deps: Deps,
  accountId: string,
  o: { before?: { at: Date; id: string }; unreadOnly?: boolean; limit?: number } = {},
) {
  const limit = o.limit ?? PAGE_SIZE;
  const rows = await listNotifications(deps.db, accountId, { ...o, limit: limit + 1 });
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: more && last ? { at: last.created_at, id: last.id } : null };
}

/** Marks one of the person's notifications read: its link, for the list's "open". */
export async function readNotification(deps: Deps, accountId: string, id: string): Promise<string> {
  const n = await notificationOf(deps.db, accountId, id);
  if (!n) throw notFound("No such notification.");
  await deps.db.transaction().execute((trx) => markRead(trx, accountId, deps.clock.now(), id));
  return n.href;
}

export const readAll = (deps: Deps, accountId: string) =>
  deps.db.transaction().execute((trx) => markRead(trx, accountId, deps.clock.now()));

export type Preferences = {
  kinds: { name: string; label: string; defaultMode: NotificationMode; mode: NotificationMode }[];
  digestHour: number;
  /** The account's own zone, or "" for the instance's. */
  timeZone: string;
  instanceZone: string;
  mutes: { kind: "lab" | "network"; id: string; name: string }[];
};

export async function preferencesOf(
  deps: Deps,
  accountId: string,
  ownZone: string | null,
): Promise<Preferences> {
  const [prefs, hour, mutes] = await Promise.all([
    prefsOf(deps.db, accountId),
    digestHourOf(deps.db, accountId),
    mutesOf(deps.db, accountId),
  ]);
  const chosen = new Map(prefs.map((p) => [p.kind, p.mode]));
  return {
    kinds: notificationKinds().map((k) => ({
      name: k.name,
      label: k.label,
      defaultMode: k.defaultMode,
      mode: chosen.get(k.name) ?? k.defaultMode,
    })),
    digestHour: hour ?? DEFAULT_DIGEST_HOUR,
    timeZone: ownZone ?? "",
    instanceZone: deps.config.timeZone,
    mutes: mutes.map((m) => ({ kind: m.scope_kind, id: m.scope_id, name: m.scope_name })),
  };
}

const ZONES = new Set(Intl.supportedValuesOf("timeZone"));
/** IANA names this runtime knows ("UTC" included, which supportedValuesOf leaves out). */
export const isTimeZone = (v: string) => v === "UTC" || ZONES.has(v);
export const timeZones = () => ["UTC", ...ZONES];

/** A field's error as a message key, for the form to show in the person's language. */
export type PrefError = { field: string; key: string };

/** Checks and saves the preferences form; nothing is saved when anything is wrong. */
export async function savePreferences(
  deps: Deps,
  accountId: string,
  form: Record<string, unknown>,
): Promise<PrefError[]> {
  const errors: PrefError[] = [];
  const modes: [string, NotificationMode][] = [];
  for (const k of notificationKinds()) {
    const v = form[`mode.${k.name}`];
    if (v === undefined) continue;
    if (typeof v === "string" && (NOTIFICATION_MODES as readonly string[]).includes(v))
      modes.push([k.name, v as NotificationMode]);
    else errors.push({ field: `mode.${k.name}`, key: "notifications.prefs.badMode" });
  }
  for (const key of Object.keys(form))
    if (key.startsWith("mode.") && !notificationKindNamed(key.slice(5)))
      errors.push({ field: key, key: "notifications.prefs.unknownKind" });
  const hourText = typeof form.digestHour === "string" ? form.digestHour : "";
  const hour = Number(hourText);
  if (!/^\d{1,2}$/.test(hourText) || hour > 23)
    errors.push({ field: "digestHour", key: "notifications.prefs.badHour" });
  const zone = typeof form.timeZone === "string" ? form.timeZone.trim() : "";
  if (zone && !isTimeZone(zone)) errors.push({ field: "timeZone", key: "notifications.prefs.badZone" });
  if (errors.length) return errors;
  await deps.db.transaction().execute(async (trx) => {
    for (const [kind, mode] of modes) await setPref(trx, accountId, kind, mode);
    await setDigestHour(trx, accountId, hour);
  });
  await setAccountTimeZone(deps, accountId, zone || null);
  return [];
}

export async function mute(
  deps: Deps,
  accountId: string,
  scope: { kind: "lab" | "network"; id: string; name: string },
) {
  await addMute(deps.db, {
    account_id: accountId,
    scope_kind: scope.kind,
    scope_id: scope.id,
    scope_name: scope.name,
    created_at: deps.clock.now(),
  });
}

export const unmute = (deps: Deps, accountId: string, scopeId: string) =>
  removeMute(deps.db, accountId, scopeId);

/** What an unsubscribe link is about, or null for a token not made here. */
export async function unsubscribeTarget(deps: Deps, token: string) {
  const v = readUnsubscribeToken(deps.config.secret, token);
  if (!v) return null;
  const kind = v.kind === DIGEST ? null : notificationKindNamed(v.kind);
  if (v.kind !== DIGEST && !kind) return null;
  const [person] = await accountContacts(deps, [v.accountId]);
  return person ? { accountId: v.accountId, kind, person } : null;
}

/**
 * Turns off the mails the link is about: one kind's (its notices stay in the list), or, from a
 * digest, the digest (every kind that went into it is kept in the list only).
 */
export async function unsubscribe(
  deps: Deps,
  target: NonNullable<Awaited<ReturnType<typeof unsubscribeTarget>>>,
) {
  const prefs = await preferencesOf(deps, target.accountId, null);
  const kinds = target.kind
    ? [target.kind.name]
    : prefs.kinds.filter((k) => k.mode === "digest").map((k) => k.name);
  await deps.db.transaction().execute(async (trx) => {
    for (const k of kinds) await setPref(trx, target.accountId, k, "app");
  });
}
