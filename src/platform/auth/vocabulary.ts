// The vocabularies of CONVENTIONS.md every module shares: kinds of organisation, roles in a network
// and in an organisation, and who may see a thing. The values are stored in the database as they are.

export type OrganisationType =
  | "municipality"
  | "province"
  | "metropolitan-city"
  | "union-of-municipalities"
  | "region"
  | "ministry"
  | "museum"
  | "library"
  | "archive"
  | "university"
  | "research-centre"
  | "company"
  | "association"
  | "other";

export const ORGANISATION_TYPES: readonly OrganisationType[] = [
  "municipality",
  "province",
  "metropolitan-city",
  "union-of-municipalities",
  "region",
  "ministry",
  "museum",
  "library",
  "archive",
  "university",
  "research-centre",
  "company",
  "association",
  "other",
];

export type NetworkRole = "coordinator" | "facilitator" | "communicator" | "member";
export const NETWORK_ROLES: readonly NetworkRole[] = ["coordinator", "facilitator", "communicator", "member"];
export type OrganisationRole = "manager" | "member";

export type Visibility = "public" | "network" | "pa" | "participants";
export const VISIBILITIES: readonly Visibility[] = ["public", "network", "pa", "participants"];
