// Notifications in the REST API (/api/v1): the caller's list, newest first, and marking read.
import { createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../platform/deps.ts";
import {
  jsonResponse,
  ListQuery,
  listEnvelope,
  problemResponses,
  requireActor,
  z,
} from "../../platform/http/api.ts";
import { isLang, translator } from "../../platform/i18n/index.ts";
import type { ApiApp } from "../../platform/module.ts";
import { countNotifications, listNotifications, type NotificationRow } from "./notifications.repo.ts";
import { readAll, readNotification, unreadCount } from "./service.ts";

const Notification = z
  .object({
    id: z.uuid(),
    kind: z.string().openapi({ example: "labs.meeting-changed" }),
    text: z.string().openapi({ description: "The notice, in the caller's language." }),
    url: z.string().openapi({ description: "Absolute link to what it is about." }),
    scope: z.object({ kind: z.enum(["lab", "network"]), id: z.uuid(), name: z.string() }).nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi("Notification");

const Unread = z.object({ unread: z.number().int() }).openapi("NotificationsUnread");

const security = [{ bearer: [] }];

const listRoute = createRoute({
  method: "get",
  path: "/me/notifications",
  summary: "The caller's notifications, newest first",
  security,
  request: { query: ListQuery.extend({ unread: z.enum(["true", "false"]).optional() }) },
  responses: {
    200: jsonResponse(listEnvelope(Notification, "NotificationList"), "One page of notifications"),
    ...problemResponses,
  },
});

const readRoute = createRoute({
  method: "post",
  path: "/me/notifications/{id}/read",
  summary: "Marks one of the caller's notifications read",
  security,
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: jsonResponse(Unread, "The caller's unread count after it"), ...problemResponses },
});

const readAllRoute = createRoute({
  method: "post",
  path: "/me/notifications/read-all",
  summary: "Marks all the caller's notifications read",
  security,
  responses: { 200: jsonResponse(Unread, "The caller's unread count after it (0)"), ...problemResponses },
});

export function registerNotificationApiRoutes(api: ApiApp, deps: Deps) {
  const shown = (lang: string) => {
    const t = translator(isLang(lang) ? lang : "it");
    return (n: NotificationRow) => ({
      id: n.id,
      kind: n.kind,
      text: t(n.text_key, n.text_params),
      url: `${deps.config.baseUrl}${n.href}`,
      scope:
        n.scope_kind && n.scope_id && n.scope_name
          ? { kind: n.scope_kind, id: n.scope_id, name: n.scope_name }
          : null,
      createdAt: n.created_at.toISOString(),
      readAt: n.read_at ? n.read_at.toISOString() : null,
    });
  };
  api.openapi(listRoute, async (c) => {
    const a = requireActor(c.get("actor"));
    const { page, limit, unread } = c.req.valid("query");
    const unreadOnly = unread === "true";
    const [rows, total] = await Promise.all([
      listNotifications(deps.db, a.id, { limit, offset: (page - 1) * limit, unreadOnly }),
      countNotifications(deps.db, a.id, unreadOnly),
    ]);
    return c.json({ items: rows.map(shown(c.get("lang"))), total, page, limit }, 200);
  });
  api.openapi(readRoute, async (c) => {
    const a = requireActor(c.get("actor"));
    await readNotification(deps, a.id, c.req.valid("param").id);
    return c.json({ unread: await unreadCount(deps.db, a.id) }, 200);
  });
  api.openapi(readAllRoute, async (c) => {
    const a = requireActor(c.get("actor"));
    await readAll(deps, a.id);
    return c.json({ unread: await unreadCount(deps.db, a.id) }, 200);
  });
}
