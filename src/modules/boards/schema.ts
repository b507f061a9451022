// The form (and input) to create a session. Field messages are catalogue keys or the generic ones.
import { z } from "zod";
import { TEMPLATE_CODES } from "./templates.ts";

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** A whole number in [min, max]; empty means the default. `message` names the range for people. */
const int = (min: number, max: number, fallback: number, message: string) =>
  z
    .union([
      z.literal(""),
      z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message }),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? fallback : v));
/** A network's saved template as the form names it: "saved:<id>" (templates.service.ts). */
export const SAVED_TEMPLATE = /^saved:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const savedTemplate = z
  .string()
  .regex(SAVED_TEMPLATE)
  .transform((v) => v as `saved:${string}`);

const optionalId = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => v || null);

/**
 * A session's numeric settings: their range and the value when none is given. The form and the API
 * (api.schema.ts) both read them, so both refuse the same values.
 */
export const SETTING_RANGES = {
  maxNoteLength: { min: 20, max: 2000, fallback: 280 },
  voteBudget: { min: 1, max: 50, fallback: 5 },
  groupCap: { min: 1, max: 50, fallback: 3 },
  timerMinutes: { min: 1, max: 240, fallback: 5 },
} as const;
const ranged = (k: keyof typeof SETTING_RANGES, message: string) => {
  const r = SETTING_RANGES[k];
  return int(r.min, r.max, r.fallback, message);
};

/** A blank session's columns: at most this many, titles of at most COLUMN_TITLE_MAX characters. */
export const MAX_COLUMNS = 12;
export const COLUMN_TITLE_MAX = 120;

export const SessionForm = z
  .object({
    title: z.string().trim().min(1).max(200),
    template: z.union([z.enum(TEMPLATE_CODES), savedTemplate], { message: "form.invalidChoice" }),
    columns: z.string().max(5000).optional().default(""),
    lab: optionalId,
    meeting: optionalId,
    privateCollect: checkbox,
    anonymous: checkbox,
    hideVotes: checkbox,
    guestsAllowed: checkbox,
    maxNoteLength: ranged("maxNoteLength", "boards.form.noteLengthRange"),
    voteBudget: ranged("voteBudget", "boards.form.votesRange"),
    groupCap: ranged("groupCap", "boards.form.votesRange"),
    timerMinutes: ranged("timerMinutes", "boards.form.timerRange"),
  })
  .superRefine((v, ctx) => {
    if (v.template !== "blank") return;
    const lines = v.columns.split(/\r?\n/).filter((l) => l.trim());
    if (lines.length === 0)
      ctx.addIssue({ code: "custom", path: ["columns"], message: "boards.form.columnsRequired" });
    if (lines.length > MAX_COLUMNS)
      ctx.addIssue({ code: "custom", path: ["columns"], message: "boards.form.columnsTooMany" });
    if (lines.some((l) => (l.split("|")[0] ?? "").trim().length > COLUMN_TITLE_MAX || l.length > 620))
      ctx.addIssue({ code: "custom", path: ["columns"], message: "boards.form.columnTooLong" });
  });
export type SessionInput = z.infer<typeof SessionForm>;

export const GuestForm = z.object({ name: z.string().trim().min(1).max(120) });

/** "Save as template" on a session's page. Messages are catalogue keys shown on that form. */
export const TemplateForm = z.object({
  name: z
    .string({ message: "boards.templates.nameRequired" })
    .trim()
    .min(1, { message: "boards.templates.nameRequired" })
    .max(120, { message: "boards.templates.nameTooLong" }),
});
