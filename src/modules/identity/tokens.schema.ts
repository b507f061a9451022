// The form that makes a personal access token: a name, a lifetime from a short list, read-only or not.
import { z } from "zod";
import { DEFAULT_TOKEN_DAYS, TOKEN_DAYS } from "./tokens.service.ts";

export const TokenForm = z.object({
  name: z.string().trim().min(1, "form.required").max(100),
  days: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === "" ? String(DEFAULT_TOKEN_DAYS) : v))
    .pipe(z.enum(TOKEN_DAYS.map(String) as [string, ...string[]], "form.invalidChoice"))
    .transform(Number),
  readOnly: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
