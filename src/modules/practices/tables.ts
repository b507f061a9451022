// Kysely types for the catalogue's tables (migrations/202611230000_practices.sql). Only this
// module's repositories use them; `practice_search` and `practice_words` are written by a trigger.
import type { ColumnType, Generated } from "kysely";
import type { OrganisationType, Visibility } from "../../platform/auth/index.ts";
import type { Theme } from "./themes.ts";

type Created = ColumnType<Date, Date | undefined, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;

export const PRACTICE_STATUSES = [
  "draft",
  "submitted",
  "in-review",
  "changes-requested",
  "published",
  "rejected",
] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];
export type ContentLanguage = "it" | "en";
export type PracticeLink = { url: string; label: string };

export type PracticesTables = {
  practices: {
    id: string;
    slug: string;
    title: string;
    summary: string;
    place: string | null;
    country: string;
    start_year: number | null;
    end_year: number | null;
    problem: string | null;
    solution: string | null;
    resources: string | null;
    results: string | null;
    transferability: string | null;
    lessons: string | null;
    contact: string | null;
    website: string | null;
    links: ColumnType<PracticeLink[], string | undefined, string>;
    themes: ColumnType<Theme[], Theme[] | undefined, Theme[]>;
    org_types: ColumnType<OrganisationType[], OrganisationType[] | undefined, OrganisationType[]>;
    language: ContentLanguage;
    licence: Generated<string>;
    network_id: string | null;
    visibility: Visibility;
    status: PracticeStatus;
    published_at: Date | null;
    /** The version of its texts the row holds (migrations/202612061720_practice_versions.sql). */
    version: Generated<number>;
    created_by: string | null;
    created_at: Created;
    updated_at: Updated;
  };
  practice_organisations: { practice_id: string; organisation_id: string; position: number };
  practice_participants: { practice_id: string; account_id: string };
  practice_words: { word: string };
  practice_versions: {
    practice_id: string;
    version: number;
    texts: ColumnType<Record<string, string | number | null>, string, never>;
    author_id: string | null;
    reason: string | null;
    created_at: Date;
  };
};
