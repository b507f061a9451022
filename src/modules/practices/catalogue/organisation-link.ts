// The organisation a public report typed, linked at publication (issue 14, item 6; decision 0034):
// the moderation page suggests the organisations of identity with the most alike names, the
// coordinator confirms one or has it registered for review, and the practice then names it on its
// page and in its citation (practice_organisations, as for any practice). Here: the choice as the
// form posts it, what the page offers, and a first guess of a new organisation's type from its name.
import { ORGANISATION_TYPES, type OrganisationType } from "../../../platform/auth/index.ts";
import { isUuid } from "../../../platform/ids.ts";

export type OrganisationChoice =
  | { kind: "link"; organisationId: string }
  | { kind: "create"; type: OrganisationType }
  | { kind: "none" };

/** A suggestion at least this alike is chosen in the form already (the coordinator still confirms). */
export const PRESELECT_SCORE = 0.75;

/**
 * The choice a form posted: `organisation` is "org:<id>", "new" (with `organisationType`) or "none";
 * undefined when the form had no such field (nothing to link); null when it is not a valid choice.
 */
export function choiceOf(values: Record<string, string>): OrganisationChoice | null | undefined {
  const v = values.organisation;
  if (v === undefined || v === "") return undefined;
  if (v === "none") return { kind: "none" };
  if (v === "new") {
    const type = values.organisationType as OrganisationType;
    return ORGANISATION_TYPES.includes(type) ? { kind: "create", type } : null;
  }
  const id = /^org:(.+)$/.exec(v)?.[1];
  return id && isUuid(id) ? { kind: "link", organisationId: id } : null;
}

// Words that give away the kind of organisation, Italian and English (normalised: no accents).
const TYPE_WORDS: [RegExp, OrganisationType][] = [
  [/\b(museo|musei|museum|museums|pinacoteca|galleria)\b/, "museum"],
  [/\b(biblioteca|biblioteche|bibliotecario|library|libraries)\b/, "library"],
  [/\b(archivio|archivi|archive|archives)\b/, "archive"],
  [/\b(universita|university|politecnico)\b/, "university"],
  [/\b(unione dei comuni|unione di comuni)\b/, "union-of-municipalities"],
  [/\b(citta metropolitana|metropolitan city)\b/, "metropolitan-city"],
  [/\b(comune|municipality|city of|town of)\b/, "municipality"],
  [/\b(provincia|province)\b/, "province"],
  [/\b(regione|region)\b/, "region"],
  [/\b(ministero|ministry)\b/, "ministry"],
  [/\b(associazione|association|fondazione|foundation|cooperativa|aps|odv)\b/, "association"],
  [/\b(istituto di ricerca|centro di ricerca|research)\b/, "research-centre"],
  [/\b(srl|spa|s r l|s p a|ltd|company)\b/, "company"],
];

/** A first guess at a new organisation's type from its name ("other" when nothing gives it away). */
export function guessType(normalisedName: string): OrganisationType {
  return TYPE_WORDS.find(([re]) => re.test(normalisedName))?.[1] ?? "other";
}
