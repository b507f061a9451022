// Kysely types for practices' images and attachments (migrations/202611230210_practice_media.sql), and
// the files uploaded with "Report a project" before it is sent (202612061730_practice_report_reference.sql).
import type { ColumnType } from "kysely";

export type MediaKind = "image" | "attachment";

export type PracticeMediaTables = {
  practice_media: {
    id: string;
    practice_id: string;
    kind: MediaKind;
    file_key: string;
    content_type: string;
    byte_size: number;
    filename: string;
    title: string | null;
    alt: string | null;
    position: number;
    created_by: string | null;
    created_at: ColumnType<Date, Date | undefined, never>;
  };
};

export type PendingMediaTables = {
  practice_pending_media: {
    id: string;
    kind: MediaKind;
    file_key: string;
    content_type: string;
    byte_size: number;
    filename: string;
    title: string | null;
    alt: string | null;
    created_at: Date;
  };
};
