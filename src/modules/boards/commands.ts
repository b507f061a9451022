// Parsing commands from the outside (a /live JSON message or an HTML form's fields) into the rules'
// `Command`. Only shape is checked here (types, ids, bounded sizes so nothing huge reaches the
// rules); meaning (phase, role, quotas, lengths against the session's settings) is rules.ts's job.
import { z } from "zod";
import { type Command, LIMITS, PHASES } from "./rules.ts";

const id = z.uuid();
const text = z.string().max(4000);
/** Form fields are strings: "true"/"on"/"1" are true, "false"/"off"/"0"/"" false. */
const bool = z.union([
  z.boolean(),
  z
    .enum(["true", "on", "1", "false", "off", "0", ""])
    .transform((v) => v === "true" || v === "on" || v === "1"),
]);
const seconds = z.coerce
  .number()
  .int()
  .min(1)
  .max(LIMITS.timerMaxSeconds * 10);
const optional = z
  .string()
  .max(4000)
  .nullish()
  .transform((v) => (v ? v : null));

const schema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("note.add"), columnId: id, text }),
  z.object({ type: z.literal("note.edit"), noteId: id, text }),
  z.object({ type: z.literal("note.delete"), noteId: id }),
  z.object({ type: z.literal("note.move"), noteId: id, groupId: z.union([id, z.literal("new")]) }),
  z.object({ type: z.literal("group.name"), groupId: id, name: z.string().max(4000) }),
  z.object({ type: z.literal("group.merge"), groupId: id, intoGroupId: id }),
  z.object({ type: z.literal("vote"), groupId: id }),
  z.object({ type: z.literal("unvote"), groupId: id }),
  z.object({ type: z.literal("phase.set"), phase: z.enum(PHASES) }),
  z.object({ type: z.literal("timer.start"), seconds }),
  z.object({ type: z.literal("timer.pause") }),
  z.object({ type: z.literal("timer.extend"), seconds }),
  z.object({ type: z.literal("ready"), ready: bool }),
  z.object({
    type: z.literal("group.focus"),
    groupId: z.union([id, z.literal(""), z.null()]).transform((v) => v || null),
  }),
  z.object({
    type: z.literal("outcome.add"),
    kind: z.enum(["outcome", "action"]),
    text,
    owner: optional,
    due: optional,
    // Optional as a key (zod 4 does not make a key optional for a union that merely admits undefined).
    groupId: z
      .union([id, z.literal(""), z.null()])
      .optional()
      .transform((v) => v || null),
  }),
  z.object({ type: z.literal("lock"), locked: bool }),
  z.object({ type: z.literal("note.remove"), noteId: id, reason: text }),
  z.object({ type: z.literal("anonymity.set"), anonymous: bool }),
  z.object({ type: z.literal("facilitator.handover"), participantId: id }),
  z.object({ type: z.literal("end") }),
]);

/** The command, or null when the input is not a well-formed command (refused as `malformed`). */
export function parseCommand(input: unknown): Command | null {
  const r = schema.safeParse(input);
  return r.success ? (r.data as Command) : null;
}

/**
 * A client's own name for one of its commands (docs/board-protocol.md, "clientId"): it comes back on
 * the command's events and its acknowledgement, so a client matches them without comparing text.
 * Plain characters only, as it is stored and echoed as it came.
 */
export const CLIENT_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The command and its optional `clientId` (a key of the command object, beside `type`); null when
 * either is malformed. Every other unknown key is dropped, as before.
 */
export function parseCommandWithId(input: unknown): { cmd: Command; clientId: string | null } | null {
  const cmd = parseCommand(input);
  if (!cmd) return null;
  const clientId = (input as { clientId?: unknown }).clientId;
  if (clientId === undefined || clientId === null) return { cmd, clientId: null };
  return typeof clientId === "string" && CLIENT_ID.test(clientId) ? { cmd, clientId } : null;
}

/**
 * A command from form fields: `command` names it; timers take `minutes` (forms speak in minutes,
 * the protocol in seconds).
 */
export function commandFromForm(fields: Record<string, string>): Command | null {
  const { command, minutes, ...rest } = fields;
  const input: Record<string, unknown> = { ...rest, type: command };
  if (minutes !== undefined && rest.seconds === undefined) {
    const m = Number(minutes.replace(",", "."));
    input.seconds = Number.isFinite(m) ? Math.round(m * 60) : Number.NaN;
  }
  return parseCommand(input);
}

/** Why `input` is not a well-formed command, field by field (the API's 422 names them). */
export function commandErrors(input: unknown): { field: string; message: string }[] {
  const r = schema.safeParse(input);
  const errors = r.success
    ? []
    : r.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "type", message: i.message }));
  const clientId = (input as { clientId?: unknown } | null)?.clientId;
  if (
    clientId !== undefined &&
    clientId !== null &&
    !(typeof clientId === "string" && CLIENT_ID.test(clientId))
  )
    errors.push({ field: "clientId", message: "1 to 100 letters, digits or . _ : -" });
  return errors;
}
