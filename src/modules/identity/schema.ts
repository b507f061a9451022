// zod schemas for identity forms and API bodies. Messages are catalogue keys, shown in the page's language.
import { z } from "zod";

export const SignInForm = z.object({
  email: z.string().trim().min(1, "form.required").pipe(z.email("form.invalidEmail")),
  password: z.string().min(1, "form.required"),
  next: z.string().optional(),
});
export type SignInForm = z.infer<typeof SignInForm>;

/** Only same-site paths may be a redirect target after sign-in. */
export const safeNext = (next: string | undefined): string =>
  next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
