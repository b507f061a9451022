// Kysely types for the funding tables (migrations/202611230230_funding.sql). Only this module's
// repository uses them; other modules go through index.ts.
import type { ColumnType } from "kysely";
import type { OrganisationType } from "../../platform/auth/index.ts";

type Created = ColumnType<Date, Date | undefined, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;

export const PROGRAMMES = [
  "pnrr",
  "erasmus-plus",
  "urbact",
  "interreg",
  "creative-europe",
  "regional",
  "other",
] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** Calls are for a network's members or the public; named participants make no sense for a call. */
export const CALL_VISIBILITIES = ["public", "network", "pa"] as const;
export type CallVisibility = (typeof CALL_VISIBILITIES)[number];

export type FundingTables = {
  funding_calls: {
    id: string;
    slug: string;
    title: string;
    programme: Programme;
    summary: string;
    deadline: Date;
    time_zone: string;
    eligible_bodies: ColumnType<OrganisationType[], OrganisationType[] | undefined, OrganisationType[]>;
    /** bigint: pg returns it as a string. */
    budget_eur: ColumnType<string | null, number | null, number | null>;
    url: string;
    network_id: string;
    visibility: CallVisibility;
    created_by: string | null;
    created_at: Created;
    updated_at: Updated;
  };
  funding_call_practices: { call_id: string; practice_id: string };
};
