// The "Report a project" form, step by step, over the raw strings a form posts (themes come as one
// comma-separated string), and the public API's submission body. Messages are catalogue keys, so a
// failure is shown in the person's language on the same form.
import { z } from "zod";
import { isCountryCode } from "../../identity/index.ts";
import { themeEnum } from "../schema.ts";

const noHtml = (v: string) => !/<\s*[a-z!/?]/i.test(v);
const plain = (max: number) =>
  z.string().trim().max(max, "form.tooLong").refine(noHtml, "practices.errors.noHtml");
const optionalPlain = (max: number) => plain(max).transform((v) => (v === "" ? null : v));
const required = (max: number) => plain(max).min(1, "form.required");
/** Markdown: any text (rendered and sanitised where shown), bounded. */
const markdown = (max = 20_000) =>
  z
    .string()
    .trim()
    .max(max, "form.tooLong")
    .transform((v) => (v === "" ? null : v));
const requiredMarkdown = (max = 20_000) => z.string().trim().min(1, "form.required").max(max, "form.tooLong");
/** The years a project may name: from FIRST_YEAR to next year (a project about to start). */
export const FIRST_YEAR = 1950;
export const lastYear = () => new Date().getFullYear() + 1;
const year = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{4}$/.test(v), "practices.submit.errors.year")
  .transform((v) => (v === "" ? null : Number(v)))
  .superRefine((v, ctx) => {
    // One message per problem, naming the bound that was crossed ({min} or {max}).
    if (v !== null && v < FIRST_YEAR)
      ctx.addIssue({
        code: "too_small",
        origin: "number",
        minimum: FIRST_YEAR,
        inclusive: true,
        input: v,
        message: "practices.submit.errors.yearTooEarly",
      });
    else if (v !== null && v > lastYear())
      ctx.addIssue({
        code: "too_big",
        origin: "number",
        maximum: lastYear(),
        inclusive: true,
        input: v,
        message: "practices.submit.errors.yearTooLate",
      });
  });
const themes = z
  .string()
  .prefault("")
  .transform((v) => [
    ...new Set(
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(themeEnum).max(14));
const url = z
  .string()
  .trim()
  .max(500, "form.tooLong")
  .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#][^\s<>"]*$/i.test(v), "form.invalidUrl")
  .transform((v) => (v === "" ? null : v));
// Each consent has its own message, so the error summary names what is missing once per box.
const consent = (which: "Publication" | "Contact") =>
  z.literal("on", { error: `practices.submit.errors.consent${which}` });

/** Step 1: the project. */
export const ProjectStep = z.object({
  title: required(150),
  summary: required(500),
  organisation: optionalPlain(200).prefault(""),
  place: optionalPlain(200).prefault(""),
  // A select of identity's countries; the API may send the code in lower case.
  country: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine(isCountryCode, "practices.submit.errors.country"),
  language: z.enum(["it", "en"], "form.invalidChoice"),
  startYear: year.prefault(""),
  endYear: year.prefault(""),
  themes,
  networkId: z
    .string()
    .trim()
    .refine((v) => v === "" || /^[0-9a-f-]{36}$/i.test(v), "practices.errors.unknownNetwork")
    .transform((v) => (v === "" ? null : v))
    .prefault(""),
});

/** Step 2: what it solved and how. */
export const ApproachStep = z.object({
  problem: requiredMarkdown(),
  solution: requiredMarkdown(),
  resources: markdown().prefault(""),
});

/** Step 3: results and transferability. */
export const ResultsStep = z.object({
  results: markdown().prefault(""),
  transferability: markdown().prefault(""),
  lessons: markdown().prefault(""),
  website: url.prefault(""),
});

/** Step 4: who you are, and consent. */
export const YouStep = z.object({
  name: required(120),
  email: z.string().trim().max(254, "form.tooLong").pipe(z.email("form.invalidEmail")),
  contact: optionalPlain(500).prefault(""),
  consentPublication: consent("Publication"),
  consentContact: consent("Contact"),
});

export const STEPS = [
  { key: "project", schema: ProjectStep },
  { key: "approach", schema: ApproachStep },
  { key: "results", schema: ResultsStep },
  { key: "you", schema: YouStep },
] as const;

export type StepKey = (typeof STEPS)[number]["key"];

/** The fields of each step, as the form posts them. */
export const STEP_FIELDS: Record<StepKey, string[]> = {
  project: [
    "title",
    "summary",
    "organisation",
    "place",
    "country",
    "language",
    "startYear",
    "endYear",
    "themes",
    "networkId",
  ],
  approach: ["problem", "solution", "resources"],
  results: ["results", "transferability", "lessons", "website"],
  you: ["name", "email", "contact", "consentPublication", "consentContact"],
};

const endAfterStart = <T extends { startYear: number | null; endYear: number | null }>(p: T) =>
  p.startYear === null || p.endYear === null || p.endYear >= p.startYear;

export const ProjectStepChecked = ProjectStep.refine(endAfterStart, {
  message: "practices.errors.endBeforeStart",
  path: ["endYear"],
});

/** The whole report, as the last step checks it before it is sent. */
export const SubmissionForm = ProjectStep.extend(ApproachStep.shape)
  .extend(ResultsStep.shape)
  .extend(YouStep.shape)
  .refine(endAfterStart, { message: "practices.errors.endBeforeStart", path: ["endYear"] });
export type SubmissionData = z.output<typeof SubmissionForm>;

/** What a draft holds: the first three steps (the fourth is asked when sending). */
export const EditForm = ProjectStep.extend(ApproachStep.shape)
  .extend(ResultsStep.shape)
  .extend({ contact: optionalPlain(500).prefault("") })
  .refine(endAfterStart, { message: "practices.errors.endBeforeStart", path: ["endYear"] });
export type EditData = z.output<typeof EditForm>;
