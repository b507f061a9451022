// zod schemas: a funding call as services accept it (CallInput: forms, demo data and tests get the
// same rules), and the form that turns posted text into it. Messages are catalogue keys.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { ORGANISATION_TYPES, type OrganisationType } from "../../platform/auth/index.ts";
import { CALL_VISIBILITIES, PROGRAMMES } from "./tables.ts";

const noHtml = (v: string) => !/<\s*[a-z!/?]/i.test(v);
const plain = (max: number) =>
  z.string().trim().max(max, "form.tooLong").refine(noHtml, "funding.errors.noHtml");

export const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const CallInput = z
  .object({
    title: plain(200).min(1, "form.required"),
    programme: z.enum(PROGRAMMES, "funding.errors.programme"),
    summary: plain(2000).default(""),
    deadline: z.date("funding.errors.deadline"),
    timeZone: z.string().refine(isTimeZone, "funding.errors.timeZone").default("Europe/Rome"),
    eligibleBodies: z
      .array(z.enum(ORGANISATION_TYPES as [OrganisationType, ...OrganisationType[]]))
      .max(ORGANISATION_TYPES.length)
      .default([]),
    budgetEur: z
      .number("funding.errors.budget")
      .int("funding.errors.budget")
      .min(0, "funding.errors.budget")
      .max(1e15, "funding.errors.budget")
      .nullish()
      .transform((v) => v ?? null),
    url: z
      .string()
      .trim()
      .max(500, "form.tooLong")
      .refine((v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), "form.invalidUrl"),
    visibility: z.enum(CALL_VISIBILITIES).default("public"),
    /** Linked practices, by id or slug. */
    practices: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  })
  .strict();
export type CallInput = z.input<typeof CallInput>;
export type CallData = z.output<typeof CallInput>;

/**
 * A deadline typed by a person: `YYYY-MM-DD` (the end of that day) or `YYYY-MM-DD HH:MM` /
 * `YYYY-MM-DDTHH:MM`, as wall-clock time in `timeZone`. Undefined when it is not a real date.
 */
export function parseDeadline(text: string, timeZone: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi] = m[4] ? [Number(m[4]), Number(m[5])] : [23, 59];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const local = new TZDate(y, mo - 1, d, h, mi, 0, timeZone);
  // 31 February rolls over to March: refuse it rather than guess.
  if (local.getDate() !== d || local.getMonth() !== mo - 1) return undefined;
  return new Date(local.getTime());
}

/** "1.500.000", "1 500 000", "1500000" and "€ 250.000" are all whole euro amounts. */
export function parseBudget(text: string): number | undefined | null {
  const t = text.trim().replace(/^€\s*|\s*€$|\s*(eur|euro)$/gi, "");
  if (!t) return null;
  if (!/^\d{1,3}([.,' \u00a0\u2019]?\d{3})*$/.test(t)) return undefined;
  return Number(t.replace(/\D/g, ""));
}

const lines = (v: string | undefined) =>
  (v ?? "")
    .split(/\r?\n|,/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The call form. `eligibleBodies` arrives as repeated checkboxes (the route reads them as a list);
 * linked practices are typed one per line, by their address (slug) or id. A deadline or budget that
 * cannot be read becomes NaN, which CallInput refuses with its own message, so every field's error
 * shows at once.
 */
export const callFormSchema = (timeZone: string) =>
  z
    .object({
      title: z.string().default(""),
      programme: z.string().default(""),
      summary: z.string().optional(),
      deadline: z.string().default(""),
      eligibleBodies: z.array(z.string()).optional(),
      budgetEur: z.string().optional(),
      url: z.string().default(""),
      visibility: z.string().optional(),
      practices: z.string().optional(),
    })
    .transform(
      (f) =>
        ({
          title: f.title,
          programme: f.programme,
          summary: f.summary ?? "",
          deadline: parseDeadline(f.deadline, timeZone) ?? new Date(Number.NaN),
          timeZone,
          eligibleBodies: f.eligibleBodies ?? [],
          budgetEur: parseBudget(f.budgetEur ?? "") ?? (f.budgetEur?.trim() ? Number.NaN : null),
          url: f.url,
          visibility: f.visibility || "public",
          practices: lines(f.practices),
        }) as unknown as CallInput,
    )
    .pipe(CallInput);
