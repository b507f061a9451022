// The form (and input) to create a session. Field messages are catalogue keys or the generic ones.
import { z } from "zod";
import { TEMPLATE_CODES } from "./templates.ts";

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.undefined(), z.boolean()])
  .transform((v) => v === true || v === "on" || v === "true");

const int = (min: number, max: number, fallback: number) =>
  z
    .union([z.literal(""), z.undefined(), z.coerce.number().int().min(min).max(max)])
    .transform((v) => (v === "" || v === undefined ? fallback : v));

export const SessionForm = z
  .object({
    title: z.string().trim().min(1).max(200),
    template: z.enum(TEMPLATE_CODES, { message: "form.invalidChoice" }),
    columns: z.string().max(5000).optional().default(""),
    lab: z.union([z.uuid(), z.literal(""), z.undefined()]).transform((v) => v || null),
    meeting: z.union([z.uuid(), z.literal(""), z.undefined()]).transform((v) => v || null),
    privateCollect: checkbox,
    anonymous: checkbox,
    hideVotes: checkbox,
    guestsAllowed: checkbox,
    maxNoteLength: int(20, 2000, 280),
    voteBudget: int(1, 50, 5),
    groupCap: int(1, 50, 3),
  })
  .superRefine((v, ctx) => {
    if (v.template !== "blank") return;
    const lines = v.columns.split(/\r?\n/).filter((l) => l.trim());
    if (lines.length === 0)
      ctx.addIssue({ code: "custom", path: ["columns"], message: "boards.form.columnsRequired" });
    if (lines.length > 12)
      ctx.addIssue({ code: "custom", path: ["columns"], message: "boards.form.columnsTooMany" });
    if (lines.some((l) => (l.split("|")[0] ?? "").trim().length > 120 || l.length > 620))
      ctx.addIssue({ code: "custom", path: ["columns"], message: "boards.form.columnTooLong" });
  });
export type SessionInput = z.infer<typeof SessionForm>;

export const GuestForm = z.object({ name: z.string().trim().min(1).max(120) });
