// SQL of the templates a network's facilitators saved (migrations/202611230335_board_templates.sql).
// The built-in templates are code (templates.ts); these are rows, one per network and name.
import type { ColumnType } from "kysely";
import type { Db } from "../../platform/db/database.ts";

export type ColumnText = { title: string; prompt: string };

/** What a session made from a template starts with, besides its columns (the session's settings). */
export type TemplateSettings = {
  privateCollect: boolean;
  anonymous: boolean;
  hideVotes: boolean;
  guestsAllowed: boolean;
  maxNoteLength: number;
  voteBudget: number;
  groupCap: number;
  timerMinutes: number;
};

type TemplatesTables = {
  board_templates: {
    id: string;
    network_id: string;
    name: string;
    /** jsonb: an array of ColumnText, written as a JSON string. */
    columns: ColumnType<ColumnText[], string, never>;
    /** jsonb: TemplateSettings; null for templates saved before settings were kept (202612071000). */
    settings: ColumnType<TemplateSettings | null, string | null, never>;
    created_by: string | null;
    created_by_name: string;
    created_at: Date;
  };
};

const q = (db: Db) => db.withTables<TemplatesTables>();

export type SavedTemplate = {
  id: string;
  networkId: string;
  name: string;
  columns: ColumnText[];
  settings: TemplateSettings | null;
  createdBy: string | null;
  createdByName: string;
  createdAt: Date;
};

type Row = {
  id: string;
  network_id: string;
  name: string;
  columns: ColumnText[];
  settings: TemplateSettings | null;
  created_by: string | null;
  created_by_name: string;
  created_at: Date;
};

const toTemplate = (r: Row): SavedTemplate => ({
  id: r.id,
  networkId: r.network_id,
  name: r.name,
  columns: r.columns,
  settings: r.settings,
  createdBy: r.created_by,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
});

/** A network's saved templates, by name. */
export async function templatesOfNetwork(db: Db, networkId: string): Promise<SavedTemplate[]> {
  const rows = await q(db)
    .selectFrom("board_templates")
    .selectAll()
    .where("network_id", "=", networkId)
    .orderBy("name")
    .orderBy("created_at")
    .limit(200)
    .execute();
  return rows.map(toTemplate);
}

export async function templateById(db: Db, id: string): Promise<SavedTemplate | undefined> {
  const r = await q(db).selectFrom("board_templates").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toTemplate(r) : undefined;
}

/** Whether the network already has a template of this name, ignoring case (as the unique index does). */
export async function templateNameTaken(db: Db, networkId: string, name: string): Promise<boolean> {
  const r = await q(db)
    .selectFrom("board_templates")
    .select("id")
    .where("network_id", "=", networkId)
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase()))
    .executeTakeFirst();
  return Boolean(r);
}

export async function insertTemplate(db: Db, t: SavedTemplate): Promise<void> {
  await q(db)
    .insertInto("board_templates")
    .values({
      id: t.id,
      network_id: t.networkId,
      name: t.name,
      columns: JSON.stringify(t.columns),
      settings: t.settings ? JSON.stringify(t.settings) : null,
      created_by: t.createdBy,
      created_by_name: t.createdByName,
      created_at: t.createdAt,
    })
    .execute();
}

export async function deleteTemplate(db: Db, id: string): Promise<void> {
  await q(db).deleteFrom("board_templates").where("id", "=", id).execute();
}
