// zod schemas: a practice record as services accept it (forms and API bodies map onto it), and the
// search query (the API's `GET /api/v1/practices` query string, issue item 9).
import { z } from "zod";
import {
  ORGANISATION_TYPES,
  type OrganisationType,
  VISIBILITIES,
  type Visibility,
} from "../../platform/auth/index.ts";
import { THEMES, type Theme } from "./themes.ts";

// Plain-text fields never carry markup: a tag in a title is someone trying something.
const noHtml = (v: string) => !/<\s*[a-z!/?]/i.test(v);
const plain = (max: number) =>
  z.string().trim().max(max, "form.tooLong").refine(noHtml, "practices.errors.noHtml");
const optionalPlain = (max: number) => plain(max).nullish();
/** Markdown (rendered and sanitised by the views): any text, bounded. */
const markdown = z.string().trim().max(20_000, "form.tooLong").nullish();
const year = z.number().int().min(1900).max(2200);
const url = z
  .string()
  .trim()
  .max(500)
  .refine((v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), "form.invalidUrl");

export const themeEnum = z.enum(THEMES as unknown as [Theme, ...Theme[]], "practices.errors.unknownTheme");
export const orgTypeEnum = z.enum(ORGANISATION_TYPES as [OrganisationType, ...OrganisationType[]]);
export const languageEnum = z.enum(["it", "en"]);
export const visibilityEnum = z.enum(VISIBILITIES as [Visibility, ...Visibility[]]);

const PracticeFields = z
  .object({
    title: plain(150).min(1, "form.required"),
    summary: plain(500).min(1, "form.required"),
    place: optionalPlain(200),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, "practices.errors.invalidCountry")
      .transform((v) => v.toUpperCase()),
    startYear: year.nullish(),
    endYear: year.nullish(),
    problem: markdown,
    solution: markdown,
    resources: markdown,
    results: markdown,
    transferability: markdown,
    lessons: markdown,
    contact: optionalPlain(500),
    website: url.nullish(),
    links: z
      .array(z.object({ url, label: plain(200).min(1, "form.required") }))
      .max(20)
      .default([]),
    themes: z.array(themeEnum).max(THEMES.length).default([]),
    language: languageEnum,
    licence: z.string().trim().min(1).max(60).default("CC-BY-4.0"),
    networkId: z.uuid().nullish(),
    visibility: visibilityEnum.default("public"),
    organisationIds: z.array(z.uuid()).max(20).default([]),
    participantIds: z.array(z.uuid()).max(500).default([]),
  })
  .strict();

export const PracticeInput = PracticeFields.refine(
  (p) => p.startYear == null || p.endYear == null || p.endYear >= p.startYear,
  {
    message: "practices.errors.endBeforeStart",
    path: ["endYear"],
  },
);
export type PracticeInput = z.input<typeof PracticeInput>;
export type PracticeData = z.output<typeof PracticeInput>;

/** A partial update: any subset of the record's fields (defaults apply only to keys present). */
export const PracticePatch = PracticeFields.partial();
export type PracticePatch = z.input<typeof PracticePatch>;

// "a,b" and repeated keys both give a list (forms send repeated keys, people type commas).
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      v === undefined || v === ""
        ? undefined
        : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(",")).filter(Boolean),
    z.array(item).max(20).optional(),
  );

/** The search query: page and API share it. `network` is an id or a slug. */
export const PracticeQuery = z
  .object({
    q: z.string().trim().max(200, "form.tooLong").optional(),
    theme: list(themeEnum),
    orgType: list(orgTypeEnum),
    country: list(
      z
        .string()
        .regex(/^[A-Za-z]{2}$/, "practices.errors.invalidCountry")
        .transform((v) => v.toUpperCase()),
    ),
    year: z.coerce.number().int().min(1900).max(2200).optional(),
    language: languageEnum.optional(),
    network: z.string().trim().min(1).max(200).optional(),
    sort: z.enum(["relevance", "date"]).optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type PracticeQuery = z.input<typeof PracticeQuery>;
export type ParsedPracticeQuery = z.output<typeof PracticeQuery>;
