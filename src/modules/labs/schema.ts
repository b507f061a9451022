// zod schemas: what a lab and a meeting must be (services validate with LabInput/MeetingInput, so
// forms, demo data and tests get the same rules), and the forms that turn posted text into them.
// Messages are catalogue keys (messages.ts) so the page shows them in the reader's language.
import { z } from "zod";
import { VISIBILITIES } from "../../platform/auth/index.ts";
import { AGENDA_KINDS, MEETING_MODES, MEETING_REGISTRATIONS } from "./tables.ts";
import { instantToZoned, isTimeZone, zonedToInstant } from "./zones.ts";

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "labs.errors.date")
  .refine((v) => !Number.isNaN(Date.parse(v)), "labs.errors.date");
const lines = (v: string | undefined) =>
  (v ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export const LabInput = z
  .object({
    title: text(200),
    theme: z.string().trim().max(200).default(""),
    objectives: z.array(text(500)).max(30).default([]),
    subThemes: z.array(text(200)).max(30).default([]),
    description: optText(20_000),
    periodStart: day.nullish().transform((v) => v ?? null),
    periodEnd: day.nullish().transform((v) => v ?? null),
    venue: optText(300),
    visibility: z.enum(VISIBILITIES).default("public"),
  })
  .strict()
  .refine((l) => !l.periodStart || !l.periodEnd || l.periodEnd >= l.periodStart, {
    path: ["periodEnd"],
    message: "labs.errors.periodEndBeforeStart",
  });
export type LabData = z.output<typeof LabInput>;

/** The lab form: objectives and sub-themes one per line; empty dates are no date. */
export const LabForm = z
  .object({
    title: z.string(),
    theme: z.string().optional(),
    objectives: z.string().optional(),
    subThemes: z.string().optional(),
    description: z.string().optional(),
    periodStart: z.string().optional(),
    periodEnd: z.string().optional(),
    venue: z.string().optional(),
    visibility: z.string().optional(),
  })
  .transform(
    (f) =>
      ({
        ...f,
        objectives: lines(f.objectives),
        subThemes: lines(f.subThemes),
        periodStart: f.periodStart || null,
        periodEnd: f.periodEnd || null,
      }) as unknown as z.input<typeof LabInput>,
  )
  .pipe(LabInput);

export const AgendaItemInput = z
  .object({
    title: text(300),
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(1440)
      .nullish()
      .transform((v) => v ?? null),
    speaker: optText(200),
    kind: z.enum(AGENDA_KINDS).default("talk"),
  })
  .strict();

export const QuestionInput = z
  .object({
    label: z.string().trim().min(1).max(300, "labs.errors.questionTooLong"),
    required: z.boolean().default(false),
  })
  .strict();

export const MeetingInput = z
  .object({
    title: text(200),
    kind: z.string().trim().max(60).default(""),
    mode: z.enum(MEETING_MODES),
    venue: optText(300),
    address: optText(300),
    accessibilityNotes: optText(2000),
    onlineUrl: z
      .url({ protocol: /^https?$/ })
      .nullish()
      .transform((v) => v ?? null),
    description: optText(20_000),
    startsAt: z.date(),
    endsAt: z.date(),
    timeZone: z.string().refine(isTimeZone, "labs.errors.timeZone"),
    capacity: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .nullish()
      .transform((v) => v ?? null),
    registrationOpensAt: z
      .date()
      .nullish()
      .transform((v) => v ?? null),
    registrationClosesAt: z
      .date()
      .nullish()
      .transform((v) => v ?? null),
    waitlist: z.boolean().default(true),
    visibility: z.enum(VISIBILITIES).default("public"),
    /** Who among those who see it may register: everyone, or PA members only (decision 0052). */
    registration: z.enum(MEETING_REGISTRATIONS).default("open"),
    agenda: z.array(AgendaItemInput).max(50).default([]),
    /** Asked when registering (e.g. dietary needs, organisation); answers are seen by coordinators. */
    questions: z.array(QuestionInput).max(20).default([]),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.endsAt <= m.startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "labs.errors.endBeforeStart" });
    if (m.mode !== "in-person" && !m.onlineUrl)
      ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "labs.errors.onlineUrlRequired" });
    if (m.mode !== "online" && !m.venue)
      ctx.addIssue({ code: "custom", path: ["venue"], message: "labs.errors.venueRequired" });
    if (m.registrationOpensAt && m.registrationClosesAt && m.registrationClosesAt <= m.registrationOpensAt)
      ctx.addIssue({
        code: "custom",
        path: ["registrationClosesAt"],
        message: "labs.errors.closesBeforeOpens",
      });
    if (m.registrationClosesAt && m.registrationClosesAt > m.endsAt)
      ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "labs.errors.closesAfterEnd" });
  });
export type MeetingData = z.output<typeof MeetingInput>;
export type MeetingDraft = z.input<typeof MeetingInput>;

/** One agenda line of the form: "minutes | kind | title | speaker" (kind and speaker optional). */
function agendaLine(line: string) {
  const [minutes = "", kind = "", title = "", speaker = ""] = line.split("|").map((p) => p.trim());
  // Minutes may be left empty (an item without a duration).
  const m = minutes === "" ? null : Number(minutes);
  if (
    !title ||
    (m !== null && (!Number.isInteger(m) || m < 1)) ||
    !(AGENDA_KINDS as readonly string[]).includes(kind || "talk")
  )
    return null;
  return {
    title,
    durationMinutes: m,
    kind: (kind || "talk") as (typeof AGENDA_KINDS)[number],
    speaker: speaker || null,
  };
}

/** The meeting form: times are wall-clock times in the chosen zone; the agenda one item per line. */
export const MeetingForm = z
  .object({
    title: z.string(),
    kind: z.string().optional(),
    mode: z.string(),
    venue: z.string().optional(),
    address: z.string().optional(),
    accessibilityNotes: z.string().optional(),
    onlineUrl: z.string().optional(),
    description: z.string().optional(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    capacity: z.string().optional(),
    registrationOpensAt: z.string().optional(),
    registrationClosesAt: z.string().optional(),
    waitlist: z.string().optional(),
    visibility: z.string().optional(),
    registration: z.string().optional(),
    agenda: z.string().optional(),
    questions: z.string().optional(),
  })
  .transform((f, ctx) => {
    const tz = isTimeZone(f.timeZone) ? f.timeZone : "UTC";
    const when = (
      field: "startsAt" | "endsAt" | "registrationOpensAt" | "registrationClosesAt",
      required: boolean,
    ) => {
      const v = f[field] ?? "";
      if (!v && !required) return null;
      const d = zonedToInstant(v, tz);
      if (!d)
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: v ? "labs.errors.dateTime" : "form.required",
        });
      return d;
    };
    const agenda = [];
    for (const [i, line] of lines(f.agenda).entries()) {
      const item = agendaLine(line);
      if (!item)
        ctx.addIssue({
          code: "custom",
          path: ["agenda"],
          message: "labs.errors.agendaLine",
          params: { line: i + 1 },
        });
      else agenda.push(item);
    }
    const capacity = f.capacity?.trim() ? Number(f.capacity) : null;
    if (capacity !== null && !(Number.isInteger(capacity) && capacity >= 1))
      ctx.addIssue({ code: "custom", path: ["capacity"], message: "labs.errors.capacity" });
    const out = {
      title: f.title,
      kind: f.kind ?? "",
      mode: f.mode,
      venue: f.venue || null,
      address: f.address || null,
      accessibilityNotes: f.accessibilityNotes || null,
      onlineUrl: f.onlineUrl?.trim() || null,
      description: f.description || null,
      startsAt: when("startsAt", true),
      endsAt: when("endsAt", true),
      timeZone: f.timeZone,
      capacity: Number.isInteger(capacity) ? capacity : null,
      registrationOpensAt: when("registrationOpensAt", false),
      registrationClosesAt: when("registrationClosesAt", false),
      waitlist: f.waitlist === "on",
      visibility: f.visibility || "public",
      registration: f.registration || "open",
      agenda,
      // One question per line; a trailing "*" makes it required.
      questions: lines(f.questions).map((l) => ({
        label: l.replace(/\s*\*$/, ""),
        required: /\*$/.test(l),
      })),
    };
    // The enums and references are checked by MeetingInput, next in the pipe.
    return out as unknown as MeetingDraft;
  })
  .pipe(MeetingInput);

/** GET /api/v1/meetings filters (validated by the service: dates, paging). */
export const MeetingsQuery = z
  .object({
    from: z.string().optional(),
    to: z.string().optional(),
    lab: z.string().optional(),
    network: z.string().optional(),
    page: z.coerce.number().int().min(1).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

/** A meeting's current values as the meeting form shows them (times on the meeting's wall clock). */
export function meetingFormValues(m: {
  title: string;
  kind: string;
  mode: string;
  venue: string | null;
  address: string | null;
  accessibilityNotes: string | null;
  onlineUrl: string | null;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  waitlist: boolean;
  visibility: string;
  registration?: string;
  agenda: { title: string; durationMinutes: number | null; speaker: string | null; kind: string }[];
  questions: { label: string; required: boolean }[];
}): Record<string, string> {
  const at = (d: Date | null) => (d ? instantToZoned(d, m.timeZone) : "");
  return {
    title: m.title,
    kind: m.kind,
    mode: m.mode,
    venue: m.venue ?? "",
    address: m.address ?? "",
    accessibilityNotes: m.accessibilityNotes ?? "",
    onlineUrl: m.onlineUrl ?? "",
    description: m.description ?? "",
    startsAt: at(m.startsAt),
    endsAt: at(m.endsAt),
    timeZone: m.timeZone,
    capacity: m.capacity === null ? "" : String(m.capacity),
    registrationOpensAt: at(m.registrationOpensAt),
    registrationClosesAt: at(m.registrationClosesAt),
    ...(m.waitlist ? { waitlist: "on" } : {}),
    visibility: m.visibility,
    registration: m.registration ?? "open",
    agenda: m.agenda
      .map((a) =>
        [a.durationMinutes ?? "", a.kind, a.title, a.speaker ?? ""].join(" | ").replace(/ \| $/, ""),
      )
      .join("\n"),
    questions: m.questions.map((q) => `${q.label}${q.required ? " *" : ""}`).join("\n"),
  };
}
