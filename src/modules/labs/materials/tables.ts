// Kysely types for the tables of migrations/202611230300_labs_materials_plans.sql: lab covers,
// materials, lab organisations, action plans (its lab invitations moved to identity's invitations in
// 202612083000_one_invitation_system.sql). Only materials/repo.ts, action-plans/repo.ts,
// members/repo.ts and cover.repo.ts use them.
import type { ColumnType } from "kysely";

type Created = ColumnType<Date, Date | undefined, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;
type DateOnly = ColumnType<Date | string, string | null, string | null>;

export const MATERIAL_KINDS = ["document", "link", "video"] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const ACTION_STATUSES = ["planned", "in-progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type LabExtrasTables = {
  lab_covers: {
    lab_id: string;
    file_key: string;
    content_type: string;
    alt: string;
    updated_by: string | null;
    updated_at: Updated;
  };
  lab_materials: {
    id: string;
    lab_id: string;
    meeting_id: string | null;
    kind: MaterialKind;
    title: string;
    description: string;
    url: string | null;
    file_key: string | null;
    content_type: string | null;
    file_name: string | null;
    file_size: number | null;
    captions_key: string | null;
    transcript: string | null;
    consent_by: string | null;
    consent_recorded_by: string | null;
    consent_recorded_at: Date | null;
    tags: string[];
    featured: ColumnType<boolean, boolean | undefined, boolean>;
    hidden: ColumnType<boolean, boolean | undefined, boolean>;
    created_by: string | null;
    created_by_name: string;
    created_at: Created;
    updated_at: Updated;
  };
  lab_organisations: { lab_id: string; organisation_id: string; created_at: Created };
  action_plans: {
    id: string;
    lab_id: string;
    organisation_id: string | null;
    slug: string;
    title: string;
    summary: string;
    created_by: string | null;
    created_at: Created;
    updated_at: Updated;
  };
  action_plan_goals: { id: string; plan_id: string; position: number; title: string; description: string };
  action_plan_actions: {
    id: string;
    goal_id: string;
    position: number;
    title: string;
    owner: string;
    deadline: DateOnly | null;
    status: ActionStatus;
    created_at: Created;
    updated_at: Updated;
  };
  action_plan_notes: {
    id: string;
    action_id: string;
    body: string;
    author_id: string | null;
    author_name: string;
    created_at: Created;
  };
};
