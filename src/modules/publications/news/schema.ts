// zod schemas of a news item as services take it (forms, demo data and tests get the same rules) and
// of a decision on a proposal. Messages are catalogue keys. HTML typed in any field is kept as text and
// shown escaped (the body is Markdown with HTML off: decision 0003), so it is not refused here.
import { z } from "zod";
import { NEWS_KINDS, NEWS_LANGUAGES, NEWS_VISIBILITIES } from "./tables.ts";

/** A body of more than 100 KB is refused (issue 19): a news item, not a book. */
export const MAX_BODY_BYTES = 100 * 1024;

const text = (max: number) => z.string().trim().max(max, "publications.news.errors.tooLong");

/** Tags as a person types them: separated by commas, lower case, each once. */
const tags = z
  .union([z.string(), z.array(z.string())])
  .default([])
  .transform((v) =>
    [
      ...new Set((Array.isArray(v) ? v : v.split(",")).map((s) => s.trim().toLowerCase()).filter(Boolean)),
    ].slice(0, 50),
  )
  .refine((list) => list.length <= 10, "publications.news.errors.tooManyTags")
  .refine((list) => list.every((s) => s.length <= 40), "publications.news.errors.tagTooLong");

export const NewsInput = z.object({
  kind: z.enum(NEWS_KINDS, "publications.news.errors.kind").default("news"),
  title: text(200).min(1, "form.required"),
  summary: text(500).min(1, "form.required"),
  body: z
    .string()
    .refine((v) => Buffer.byteLength(v, "utf8") <= MAX_BODY_BYTES, "publications.news.errors.bodyTooLong")
    .transform((v) => v.trim())
    .refine((v) => v.length > 0, "form.required"),
  tags,
  language: z.enum(NEWS_LANGUAGES, "publications.news.errors.language").default("it"),
  visibility: z.enum(NEWS_VISIBILITIES, "publications.news.errors.visibility").default("public"),
});
export type NewsInput = z.input<typeof NewsInput>;
export type NewsData = z.output<typeof NewsInput>;

export const DECISIONS = ["publish", "request-changes", "reject"] as const;
export type Decision = (typeof DECISIONS)[number];

export const DecisionInput = z
  .object({
    decision: z.enum(DECISIONS, "publications.news.errors.decision"),
    note: text(2000).default(""),
    version: z.coerce.number().int().min(1),
  })
  // Asking for changes says which; a refusal says why (issue 19: a reasoned decision at every step).
  .refine((d) => d.decision === "publish" || d.note.length > 0, {
    path: ["note"],
    message: "publications.news.errors.noteRequired",
  });
export type DecisionInput = z.input<typeof DecisionInput>;
