// zod schemas for conferences: what services accept (forms, demo data and tests get the same rules)
// and the posted forms. Messages are catalogue keys, so forms show them in the person's language.
import { z } from "zod";

const noHtml = (v: string) => !/<\s*[a-z!/?]/i.test(v);
const plain = (max: number) =>
  z.string().trim().max(max, "form.tooLong").refine(noHtml, "conferences.errors.noHtml");
const required = (max: number) => plain(max).min(1, "form.required");

export const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
};

/** A real calendar date written as YYYY-MM-DD. */
export const isDay = (v: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v && Number(m[1]) >= 1900 && Number(m[1]) <= 2200;
};
const day = z.string().trim().refine(isDay, "conferences.errors.day");
const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "conferences.errors.time");

export const ConferenceInput = z
  .object({
    title: required(200),
    description: plain(5000).default(""),
    venue: plain(300).default(""),
    timeZone: z.string().trim().refine(isTimeZone, "conferences.errors.timeZone").default("Europe/Rome"),
    startsOn: day,
    endsOn: day,
    /** A lab of the same network, by id or slug; empty for none. */
    lab: z.string().trim().max(200).default(""),
    registrationOpen: z.boolean().default(true),
  })
  .strict()
  .refine((c) => c.endsOn >= c.startsOn, { path: ["endsOn"], message: "conferences.errors.endBeforeStart" })
  .refine((c) => (Date.parse(c.endsOn) - Date.parse(c.startsOn)) / 86_400_000 <= 31, {
    path: ["endsOn"],
    message: "conferences.errors.tooLong",
  });
export type ConferenceData = z.output<typeof ConferenceInput>;

export const conferenceForm = z
  .object({
    title: z.string().default(""),
    description: z.string().default(""),
    venue: z.string().default(""),
    timeZone: z.string().default("Europe/Rome"),
    startsOn: z.string().default(""),
    endsOn: z.string().default(""),
    lab: z.string().default(""),
    registrationOpen: z.string().optional(),
  })
  .transform((f) => ({ ...f, registrationOpen: f.registrationOpen === "on" }));

export const TrackInput = z.object({ name: required(120), room: plain(120).default("") }).strict();
export type TrackData = z.output<typeof TrackInput>;

const capacity = z
  .string()
  .trim()
  .default("")
  .transform((v) => (v === "" ? null : /^\d{1,6}$/.test(v) ? Number(v) : undefined));

export const SessionInput = z
  .object({
    title: required(200),
    description: plain(3000).default(""),
    trackId: z.string().trim().min(1, "conferences.errors.track"),
    day,
    start: time,
    end: time,
    capacity: z
      .number("conferences.errors.capacity")
      .int("conferences.errors.capacity")
      .min(1, "conferences.errors.capacity")
      .max(100000, "conferences.errors.capacity")
      .nullable()
      .default(null),
    speakerIds: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  })
  .strict()
  .refine((s) => s.end > s.start, { path: ["end"], message: "conferences.errors.endBeforeStart" });
export type SessionData = z.output<typeof SessionInput>;

export const sessionForm = z
  .object({
    title: z.string().default(""),
    description: z.string().default(""),
    trackId: z.string().default(""),
    day: z.string().default(""),
    start: z.string().default(""),
    end: z.string().default(""),
    capacity,
    speakerIds: z.array(z.string()).default([]),
  })
  // A capacity that is not a whole number becomes NaN, which SessionInput refuses with its message.
  .transform((f) => ({ ...f, capacity: f.capacity === undefined ? Number.NaN : f.capacity }));

export const SpeakerInput = z
  .object({
    name: required(160),
    role: plain(160).default(""),
    affiliation: plain(200).default(""),
    bio: plain(3000).default(""),
    photoAlt: plain(300).default(""),
  })
  .strict();
export type SpeakerData = z.output<typeof SpeakerInput>;

export const RegistrationInput = z
  .object({
    name: required(160),
    email: z.string().trim().max(254, "form.tooLong").email("form.invalidEmail"),
    sessionIds: z.array(z.string().trim().max(100)).max(100).default([]),
  })
  .strict();
export type RegistrationData = z.output<typeof RegistrationInput>;

export const CheckInForm = z.object({
  code: z.string().trim().min(1, "form.required").max(40, "form.tooLong"),
});

/** Moving a conference with all its sessions: a whole number of days, earlier or later, not zero. */
export const ShiftInput = z
  .object({
    days: z
      .number("conferences.errors.shiftDays")
      .int("conferences.errors.shiftDays")
      .min(-3650, "conferences.errors.shiftDays")
      .max(3650, "conferences.errors.shiftDays")
      .refine((n) => n !== 0, "conferences.errors.shiftDays"),
  })
  .strict();

/** The posted shift form: "-7", "+14" or "21"; anything else becomes NaN, which ShiftInput refuses. */
export const shiftForm = z.object({ days: z.string().default("") }).transform((f) => {
  const v = f.days.trim();
  return { days: /^[+-]?\d{1,5}$/.test(v) ? Number(v) : Number.NaN };
});

/** A new edition of a conference: its title and first day (the length and programme are copied). */
export const DuplicateInput = z
  .object({
    title: required(200),
    startsOn: day,
    registrationOpen: z.boolean().default(true),
  })
  .strict();

export const duplicateForm = z
  .object({
    title: z.string().default(""),
    startsOn: z.string().default(""),
    registrationOpen: z.string().optional(),
  })
  .transform((f) => ({ ...f, registrationOpen: f.registrationOpen === "on" }));

/** Checking in before the first day: only with a reason, which is audited. */
export const OverrideReason = plain(500).min(3, "conferences.errors.overrideReason");
