// Kysely types for the notification tables (migrations/202612103000_notifications.sql). Only this
// module's repository uses them.
import type { ColumnType } from "kysely";
import type { NotificationMode } from "../../platform/notifications.ts";

export type NotificationsTables = {
  notifications: {
    id: string;
    account_id: string;
    kind: string;
    event_id: string;
    text_key: string;
    text_params: ColumnType<Record<string, string>, string, string>;
    href: string;
    scope_kind: "lab" | "network" | null;
    scope_id: string | null;
    scope_name: string | null;
    created_at: Date;
    read_at: Date | null;
    digest: ColumnType<
      "none" | "pending" | "sent",
      "none" | "pending" | "sent" | undefined,
      "pending" | "sent"
    >;
  };
  notification_accounts: {
    account_id: string;
    unread: ColumnType<number, number | undefined, number>;
    digest_hour: ColumnType<number, number | undefined, number>;
  };
  notification_prefs: { account_id: string; kind: string; mode: NotificationMode };
  notification_mutes: {
    account_id: string;
    scope_kind: "lab" | "network";
    scope_id: string;
    scope_name: string;
    created_at: Date;
  };
  notification_digests: { account_id: string; local_date: string; sent_at: Date };
};
