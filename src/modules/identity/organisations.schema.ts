// zod schemas for organisation forms. Messages are catalogue keys, shown in the page's language.
import { z } from "zod";
import { isCountryCode } from "./organisations.countries.ts";
import { ORGANISATION_TYPES, type OrganisationType } from "./tables.ts";

const optionalText = (max: number) => z.string().trim().max(max).optional();

export const OrganisationForm = z.object({
  name: z.string().trim().min(2).max(200),
  type: z.enum(ORGANISATION_TYPES as [OrganisationType, ...OrganisationType[]], "form.invalidChoice"),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => isCountryCode(v), "identity.orgs.invalidCountry"),
  city: optionalText(120),
  website: z
    .string()
    .trim()
    .max(300)
    .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), "form.invalidUrl")
    .optional(),
  description: optionalText(4000),
});

export const OrganisationEditForm = OrganisationForm.extend({
  logoAlt: optionalText(300),
  removeLogo: z.literal("on").optional(),
});

export const OrganisationFilter = z.object({
  type: z
    .enum(ORGANISATION_TYPES as [OrganisationType, ...OrganisationType[]])
    .optional()
    .catch(undefined),
  country: z
    .string()
    .toUpperCase()
    .refine((v) => isCountryCode(v))
    .optional()
    .catch(undefined),
});
