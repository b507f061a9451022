// Pages: the list (/me/notifications), the preferences (/account/notifications) and the page behind
// a mail's unsubscribe link (/unsubscribe/:token). Thin: the service decides.
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { readForm } from "../../platform/http/forms.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { isUuid } from "../../platform/ids.ts";
import { accountContacts } from "../identity/index.ts";
import {
  mute,
  notificationsPage,
  preferencesOf,
  readAll,
  readNotification,
  savePreferences,
  unmute,
  unreadCount,
  unsubscribe,
  unsubscribeTarget,
} from "./service.ts";
import { listPage } from "./views/list-page.tsx";
import { prefsForm, prefsPage } from "./views/prefs-page.tsx";
import { unsubscribePage } from "./views/unsubscribe-page.tsx";

const me = (c: Ctx) => c.get("actor")!.id;

/** `?before=` of the list's "older" link: "<ISO time>_<id>"; anything else is the first page. */
function cursorOf(v: string | undefined) {
  const [at, id] = (v ?? "").split("_");
  const when = at ? new Date(at) : null;
  return when && !Number.isNaN(when.getTime()) && id && isUuid(id) ? { at: when, id } : undefined;
}

async function ownZone(c: Ctx) {
  const [p] = await accountContacts(c.get("deps"), [me(c)]);
  return p?.timeZone ?? c.get("deps").config.timeZone;
}

export function notificationRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/me/notifications", requireActor(), async (c) => {
    const deps = c.get("deps");
    const [page, unread, zone] = await Promise.all([
      notificationsPage(deps, me(c), { before: cursorOf(c.req.query("before")) }),
      unreadCount(deps.db, me(c)),
      ownZone(c),
    ]);
    const next = page.next ? `${page.next.at.toISOString()}_${page.next.id}` : null;
    return listPage(c, { items: page.items, unread, next, zone });
  });

  r.post("/me/notifications/:id/open", requireActor(), async (c) => {
    const id = c.req.param("id");
    if (!isUuid(id)) return c.notFound();
    return c.redirect(await readNotification(c.get("deps"), me(c), id), 303);
  });

  r.post("/me/notifications/read-all", requireActor(), async (c) => {
    await readAll(c.get("deps"), me(c));
    return redirectWithFlash(c, "/me/notifications", {
      kind: "success",
      key: "notifications.list.allMarked",
    });
  });

  r.post("/me/notifications/mutes", requireActor(), async (c) => {
    const f = await readForm(c);
    if ((f.kind !== "lab" && f.kind !== "network") || !isUuid(f.id ?? "") || !f.name?.trim())
      return redirectWithFlash(c, "/me/notifications", { kind: "danger", key: "notifications.mute.bad" });
    await mute(c.get("deps"), me(c), { kind: f.kind, id: f.id!, name: f.name.trim().slice(0, 300) });
    return redirectWithFlash(c, "/account/notifications", {
      kind: "success",
      key: "notifications.mute.done",
    });
  });

  r.post("/me/notifications/mutes/:id/delete", requireActor(), async (c) => {
    const id = c.req.param("id");
    if (!isUuid(id)) return c.notFound();
    await unmute(c.get("deps"), me(c), id);
    return redirectWithFlash(c, "/account/notifications", {
      kind: "success",
      key: "notifications.mutes.undone",
    });
  });

  r.get("/account/notifications", requireActor(), async (c) => {
    const [p] = await accountContacts(c.get("deps"), [me(c)]);
    const prefs = await preferencesOf(c.get("deps"), me(c), p?.ownTimeZone ?? null);
    return prefsPage(c, prefs, prefsForm(prefs));
  });

  r.post("/account/notifications", requireActor(), async (c) => {
    const deps = c.get("deps");
    const f = await readForm(c);
    const errors = await savePreferences(deps, me(c), f);
    if (!errors.length)
      return redirectWithFlash(c, "/account/notifications", {
        kind: "success",
        key: "notifications.prefs.saved",
      });
    const t = c.get("t");
    const prefs = await preferencesOf(deps, me(c), null);
    const form = prefsForm(prefs);
    // What was posted stays on the form, with each refused field's message.
    for (const [k, v] of Object.entries(f)) form.values[k] = v;
    for (const e of errors) form.errors[e.field] = t(e.key);
    return prefsPage(c, prefs, form, 422);
  });

  const what = (c: Ctx, target: NonNullable<Awaited<ReturnType<typeof unsubscribeTarget>>>) => {
    const t = c.get("t");
    return target.kind ? t(target.kind.label) : t("notifications.unsubscribe.digest");
  };
  r.get("/unsubscribe/:token", async (c) => {
    const token = c.req.param("token");
    const target = await unsubscribeTarget(c.get("deps"), token);
    if (!target) return unsubscribePage(c, null, 404);
    return unsubscribePage(c, { what: what(c, target), done: false, token });
  });
  r.post("/unsubscribe/:token", async (c) => {
    const token = c.req.param("token");
    const target = await unsubscribeTarget(c.get("deps"), token);
    if (!target) return unsubscribePage(c, null, 404);
    await unsubscribe(c.get("deps"), target);
    return unsubscribePage(c, { what: what(c, target), done: true, token });
  });

  return r;
}
