// Kysely types for the news column (migrations/202612220000_publications_news.sql). Only this
// module's repository uses them; other modules go through publications/index.ts.
import type { ColumnType } from "kysely";

export const NEWS_KINDS = ["news", "article"] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

/** A news item is for the public, the network's members or its public administrations (CONVENTIONS). */
export const NEWS_VISIBILITIES = ["public", "network", "pa"] as const;
export type NewsVisibility = (typeof NEWS_VISIBILITIES)[number];

/** The workflow (decision 0064). */
export const NEWS_STATUSES = [
  "draft",
  "pending",
  "changes-requested",
  "published",
  "rejected",
  "withdrawn",
] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

/** Languages a news item may be written in (BCP 47). */
export const NEWS_LANGUAGES = ["it", "en"] as const;

export type NewsTables = {
  news_items: {
    id: string;
    network_id: string;
    kind: NewsKind;
    title: string;
    summary: string;
    body: string;
    tags: ColumnType<string[], string[] | undefined, string[]>;
    language: string;
    visibility: NewsVisibility;
    status: NewsStatus;
    proposer_id: string | null;
    byline_name: string | null;
    byline_organisation: string | null;
    review_note: string | null;
    published_at: Date | null;
    published_by: ColumnType<string | null, string | null | undefined, string | null>;
    edited_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    delivery_id: ColumnType<string | null, string | null | undefined, never>;
    created_at: ColumnType<Date, Date, never>;
    updated_at: Date;
    version: ColumnType<number, number | undefined, number>;
  };
};
