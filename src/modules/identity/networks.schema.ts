// zod schemas for network, membership and invitation forms and API bodies.
import { z } from "zod";
import { NETWORK_ROLES, type NetworkRole } from "./tables.ts";

const roleEnum = z.enum(NETWORK_ROLES as [NetworkRole, ...NetworkRole[]], "form.invalidChoice");

export const InviteForm = z.object({
  email: z.string().trim().min(1, "form.required").max(320).pipe(z.email("form.invalidEmail")),
  role: roleEnum,
});

export const NetworkForm = z.object({
  name: z.string().trim().min(2).max(200),
  slug: z
    .string()
    .trim()
    .max(80)
    .refine((v) => v === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), "identity.admin.slugInvalid")
    .optional(),
  description: z.string().trim().max(4000).optional(),
  website: z
    .string()
    .trim()
    .max(300)
    .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), "form.invalidUrl")
    .optional(),
});
