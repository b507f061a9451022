// A practice as the module hands it out (never its row): apart from the service, so the policy that
// judges a practice and the service that loads one do not import each other.
import type { OrganisationType } from "../../../platform/auth/index.ts";
import type { PracticeStatus } from "../tables.ts";
import type { PracticeRow } from "./repo.ts";

export type Practice = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  place: string | null;
  country: string;
  startYear: number | null;
  endYear: number | null;
  problem: string | null;
  solution: string | null;
  resources: string | null;
  results: string | null;
  transferability: string | null;
  lessons: string | null;
  /** Null when the reader may not see it (anonymous callers). */
  contact: string | null;
  /** Whether a contact was given, even when the reader may not see it (a page offers signing in). */
  contactGiven: boolean;
  website: string | null;
  links: { url: string; label: string }[];
  themes: PracticeRow["themes"];
  organisationTypes: OrganisationType[];
  organisationIds: string[];
  participantIds: string[];
  language: "it" | "en";
  licence: string;
  networkId: string | null;
  visibility: PracticeRow["visibility"];
  status: PracticeStatus;
  publishedAt: Date | null;
  /** The version of its texts (each coordinator's edit after publication adds one: catalogue/versions.service.ts). */
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};
