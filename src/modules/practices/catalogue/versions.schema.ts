// The coordinators' edit form of a published practice, over the raw strings a form posts: every text
// field, the reason for the edit (required: it is the version's note in the history) and the version
// the form was opened on. Messages are catalogue keys, shown in the person's language.
import { z } from "zod";

const noHtml = (v: string) => !/<\s*[a-z!/?]/i.test(v);
/** Browsers post line breaks as CRLF: stored as LF, so an untouched text compares equal. */
const lf = (v: string) => v.replace(/\r\n?/g, "\n");
const plain = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .transform(lf)
    .pipe(
      z.string().min(min, "form.required").max(max, "form.tooLong").refine(noHtml, "practices.errors.noHtml"),
    );
const optionalPlain = (max: number) =>
  plain(max)
    .prefault("")
    .transform((v) => (v === "" ? null : v));
const markdown = z
  .string()
  .trim()
  .max(20_000, "form.tooLong")
  .prefault("")
  .transform((v) => (v === "" ? null : lf(v)));
const year = z
  .string()
  .trim()
  .prefault("")
  .refine((v) => v === "" || /^\d{4}$/.test(v), "practices.submit.errors.year")
  .transform((v) => (v === "" ? null : Number(v)))
  .refine((v) => v === null || (v >= 1900 && v <= 2200), "practices.submit.errors.year");
const url = z
  .string()
  .trim()
  .max(500, "form.tooLong")
  .prefault("")
  .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#][^\s<>"]*$/i.test(v), "form.invalidUrl")
  .transform((v) => (v === "" ? null : v));

/** The practice's editable texts, in the order the form and the history show them. */
export const EDITABLE_FIELDS = [
  "title",
  "summary",
  "place",
  "startYear",
  "endYear",
  "problem",
  "solution",
  "resources",
  "results",
  "transferability",
  "lessons",
  "website",
  "contact",
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Fields written in Markdown (a taller box in the form). */
export const MARKDOWN_FIELDS: ReadonlySet<EditableField> = new Set([
  "problem",
  "solution",
  "resources",
  "results",
  "transferability",
  "lessons",
]);

export const PublishedEditForm = z
  .object({
    title: plain(150, 1),
    summary: plain(500, 1),
    place: optionalPlain(200),
    startYear: year,
    endYear: year,
    problem: markdown,
    solution: markdown,
    resources: markdown,
    results: markdown,
    transferability: markdown,
    lessons: markdown,
    website: url,
    contact: optionalPlain(500),
    reason: z.string().trim().min(1, "practices.versions.errors.reason").max(500, "form.tooLong"),
    baseVersion: z.coerce.number().int().min(1).catch(0),
  })
  .refine((p) => p.startYear === null || p.endYear === null || p.endYear >= p.startYear, {
    message: "practices.errors.endBeforeStart",
    path: ["endYear"],
  });
export type PublishedEdit = z.output<typeof PublishedEditForm>;
