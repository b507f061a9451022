// zod schemas for the account forms. Messages are catalogue keys, shown in the page's language.
import { z } from "zod";
import { isCommonPassword } from "./common-passwords.ts";

export const PASSWORD_MIN = 10;

export const Email = z.string().trim().min(1, "form.required").max(254).pipe(z.email("form.invalidEmail"));
/** A new password on sign-up, reset and change: long enough, and not one of the most common ones. */
export const NewPassword = z
  .string()
  .min(PASSWORD_MIN, "identity.password.tooShort")
  .max(200)
  .refine((p) => !isCommonPassword(p), "identity.password.common");
export const Language = z.enum(["it", "en"]);
const Name = z.string().trim().min(1, "form.required").max(120);

export const SignUpForm = z.object({ name: Name, email: Email, password: NewPassword, language: Language });
export const EmailForm = z.object({ email: Email });
export const ResetForm = z.object({ token: z.string().min(1), password: NewPassword });
export const PasswordForm = z.object({
  currentPassword: z.string().min(1, "form.required"),
  newPassword: NewPassword,
});
export const ChangeEmailForm = z.object({ email: Email, password: z.string().min(1, "form.required") });
export const ProfileForm = z.object({
  name: Name,
  language: Language,
  photoAlt: z.string().trim().max(300),
});
