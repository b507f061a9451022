// Kysely types for reading lessons' files (migrations/202612160000_learning_reading_files.sql).
import type { ColumnType } from "kysely";

export const READING_TYPES = [
  "application/pdf",
  "application/epub+zip",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
] as const;
export type ReadingType = (typeof READING_TYPES)[number];

export type ReadingTables = {
  learning_reading_files: {
    lesson_id: string;
    file_key: string;
    content_type: ReadingType;
    file_name: string;
    size: number;
    updated_at: ColumnType<Date, Date, Date>;
  };
};
