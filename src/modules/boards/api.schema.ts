// The shapes of the board's /api/v1 routes (api.ts), as zod schemas that also describe them in the
// OpenAPI document. Settings share their ranges with the form (schema.ts SETTING_RANGES), commands
// their types with /live (rules.model.ts COMMAND_TYPES; commands.ts checks each command's fields).
import { z } from "../../platform/http/api.ts";
import { COMMAND_TYPES, PHASES, ROLES } from "./rules.model.ts";
import { COLUMN_TITLE_MAX, MAX_COLUMNS, SETTING_RANGES } from "./schema.ts";
import { TEMPLATE_CODES } from "./templates.ts";

const iso = z.iso.datetime();
const ranged = (k: keyof typeof SETTING_RANGES, what: string) => {
  const r = SETTING_RANGES[k];
  return z
    .number()
    .int()
    .min(r.min)
    .max(r.max)
    .openapi({ description: `${what}, ${r.min}–${r.max} (default ${r.fallback})` });
};

export const Settings = z
  .object({
    privateCollect: z.boolean().openapi({ description: "Notes shown only to their author until `group`" }),
    anonymous: z.boolean().openapi({ description: "No author on any note, to anyone" }),
    hideVotes: z.boolean().openapi({ description: "Totals hidden until the vote ends" }),
    guestsAllowed: z.boolean().openapi({ description: "People without an account may join by the link" }),
    maxNoteLength: ranged("maxNoteLength", "Characters per note"),
    voteBudget: ranged("voteBudget", "Dots per person"),
    groupCap: ranged("groupCap", "Dots per person on one group"),
    timerMinutes: ranged("timerMinutes", "The timer length offered first, in minutes"),
  })
  .openapi("BoardSettings");

const SAVED = /^saved:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const SessionCreate = z
  .object({
    network: z.string().min(1).openapi({ description: "The network's id or slug", example: "ancilab" }),
    title: z.string().trim().min(1).max(200).openapi({ example: "Tavolo inclusione digitale" }),
    template: z.union([z.enum(TEMPLATE_CODES), z.string().regex(SAVED)]).openapi({
      description:
        "A built-in template's code, or `saved:<id>` for one of the network's saved templates " +
        "(GET /board-templates); `blank` takes `columns`",
      example: "issues-solutions-practices",
    }),
    columns: z
      .array(
        z
          .object({
            title: z.string().trim().min(1).max(COLUMN_TITLE_MAX),
            prompt: z.string().trim().max(500).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_COLUMNS)
      .optional()
      .openapi({ description: `Only with template \`blank\`: 1–${MAX_COLUMNS} columns` }),
    lab: z.uuid().optional().openapi({ description: "A lab of the network (its id)" }),
    meeting: z.uuid().optional().openapi({ description: "A meeting of one of the network's labs (its id)" }),
    settings: Settings.partial().strict().optional().openapi({
      description: "Omitted settings: a saved template's own, else off and the defaults above",
    }),
  })
  .strict()
  .openapi("BoardSessionCreate");

export const Column = z
  .object({ id: z.uuid(), title: z.string(), prompt: z.string() })
  .openapi("BoardColumn");

export const SessionItem = z
  .object({
    id: z.uuid(),
    url: z.url().openapi({ description: "The session's page" }),
    networkId: z.uuid(),
    labId: z.uuid().nullable(),
    meetingId: z.uuid().nullable(),
    title: z.string(),
    template: z.enum(TEMPLATE_CODES).openapi({ description: "`blank` for a saved template's copy" }),
    phase: z.enum(PHASES),
    createdAt: iso,
    closedAt: iso.nullable(),
  })
  .openapi("BoardSessionItem");

const Me = z
  .object({ participantId: z.uuid(), name: z.string(), role: z.enum(ROLES), ready: z.boolean() })
  .openapi("BoardPlace");

export const Session = SessionItem.extend({
  locked: z.boolean(),
  seq: z.number().int().openapi({ description: "The session's latest event; subscribe with it as `since`" }),
  stream: z.string().openapi({ description: "The /live stream of its events", example: "board:…" }),
  settings: Settings,
  columns: z.array(Column),
  counts: z.object({
    participants: z.number().int(),
    notes: z.number().int().openapi({ description: "Notes the caller sees" }),
    hiddenNotes: z.number().int().openapi({ description: "Others' notes hidden by a private collect" }),
    groups: z.number().int().openapi({ description: "Groups the caller sees" }),
    outcomes: z.number().int(),
  }),
  me: Me.nullable().openapi({ description: "The caller's place, once joined" }),
  join: z
    .object({ url: z.url(), code: z.string() })
    .nullable()
    .openapi({ description: "The join link and code: for the session's facilitators only" }),
  summaryUrl: z.url().openapi({ description: "GET: the summary as JSON" }),
}).openapi("BoardSession");

export const ListQuery = z
  .object({
    network: z.string().min(1).openapi({ description: "The network's id or slug (required)" }),
    lab: z.string().optional().openapi({ description: "Only this lab's sessions (its id or slug)" }),
    meeting: z.uuid().optional().openapi({ description: "Only this meeting's sessions (its id)" }),
    phase: z.enum(PHASES).optional(),
    page: z.coerce.number().int().min(1).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const JoinBody = z
  .object({
    code: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: "The join code: lets in someone who is not a member of the network" }),
  })
  .strict()
  .openapi("BoardJoin");

export const Joined = Me.extend({ sessionId: z.uuid() }).openapi("BoardParticipant");

export const CommandBody = z
  .object({
    type: z.enum(COMMAND_TYPES),
    clientId: z.string().optional().openapi({
      description: "Yours, echoed on the answer and on the command's events: 1–100 of A–Z a–z 0–9 . _ : -",
    }),
  })
  .loose()
  .openapi("BoardCommand", {
    description: "A command of docs/board-protocol.md: `type` and that command's fields",
    example: { type: "note.add", columnId: "0190…", text: "Poche risorse", clientId: "n-1" },
  });

export const CommandDone = z
  .object({
    seq: z.number().int().openapi({ description: "The `seq` of the command's last event" }),
    clientId: z.string().optional(),
    events: z.array(z.record(z.string(), z.unknown())).openapi({
      description: "The command's events as the caller receives them on /live (type, fields, stream, seq)",
    }),
  })
  .openapi("BoardCommandDone");

const Outcome = z
  .object({
    id: z.uuid(),
    groupId: z.uuid().nullable(),
    kind: z.enum(["outcome", "action"]),
    text: z.string(),
    owner: z.string().nullable(),
    due: z.string().nullable().openapi({ description: "YYYY-MM-DD" }),
  })
  .openapi("BoardOutcome");

const SummaryNote = z.object({
  id: z.uuid(),
  text: z.string(),
  author: z
    .object({ id: z.uuid(), name: z.string() })
    .optional()
    .openapi({ description: "Absent in an anonymous session" }),
  mine: z.literal(true).optional(),
});

export const Summary = z
  .object({
    session: z.object({
      id: z.uuid(),
      title: z.string(),
      url: z.url(),
      phase: z.enum(PHASES),
      closed: z.boolean(),
      closedAt: iso.nullable(),
    }),
    anonymous: z.boolean(),
    figures: z.object({
      participants: z.number().int(),
      contributors: z.number().int(),
      notes: z.number().int(),
      groups: z.number().int(),
      votes: z.number().int(),
    }),
    columns: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        prompt: z.string(),
        groups: z.array(
          z.object({
            id: z.uuid(),
            name: z.string().openapi({ description: "Empty when nobody named it: call it by `number`" }),
            number: z.number().int(),
            rank: z.number().int(),
            votes: z.number().int().nullable().openapi({ description: "null while votes are hidden" }),
            notes: z.array(SummaryNote),
            outcomes: z.array(Outcome),
          }),
        ),
      }),
    ),
    top: z.array(
      z.object({
        groupId: z.uuid(),
        name: z.string(),
        number: z.number().int(),
        column: z.string(),
        votes: z.number().int(),
      }),
    ),
    general: z.array(Outcome).openapi({ description: "Outcomes and actions not tied to a group above" }),
    promotions: z.array(
      z.object({
        target: z.enum(["practice", "action"]),
        title: z.string(),
        url: z.url(),
        groupId: z.uuid().nullable(),
        noteId: z.uuid().nullable(),
      }),
    ),
    files: z.object({ md: z.url(), csv: z.url(), pdf: z.url() }),
  })
  .openapi("BoardSummary");

export const TemplateItem = z
  .object({
    template: z.string().openapi({ description: "What `template` takes when creating a session" }),
    name: z.string(),
    saved: z.boolean(),
    columns: z.array(z.object({ title: z.string(), prompt: z.string() })),
    settings: Settings.nullable().openapi({ description: "A saved template's settings (null: none kept)" }),
  })
  .openapi("BoardTemplate");
