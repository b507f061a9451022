// Learning certificates: one per completion of a course or a curriculum, given by the job that
// follows the completion event (certificates.jobs.ts) or by the demo directly; the public
// confirmation by code; the owner's PDF (certificates.pdf.ts renders it on request, as conferences
// does, so a corrected name shows on the next download).

import { newCertificateCode, normaliseCertificateCode } from "../../platform/codes.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { isLang, type Lang } from "../../platform/i18n/index.ts";
import { newId } from "../../platform/ids.ts";
import { accountContacts } from "../identity/index.ts";
import {
  type Certificate,
  certificateBy,
  certificatesOfAccount,
  insertCertificate,
} from "./certificates.repo.ts";
import { courseBy, curriculumBy } from "./courses.repo.ts";
import { isTombstone } from "./personal-data.repo.ts";

/** What one completion is: the learner, the course or the curriculum, and when (ISO 8601). */
export type Completion = {
  learnerId: string;
  courseId?: string | null;
  curriculumId?: string | null;
  completedAt: string;
};

/** The certificate speaks the learner's interface language when the interface has it, else English. */
export const certificateLanguage = (accountLanguage: string | undefined): Lang =>
  isLang(accountLanguage) ? accountLanguage : "en";

export const certificatePath = (code: string) => `/learning/certificates/${code}`;
export const certificatePdfPath = (code: string) => `/learning/certificates/${code}.pdf`;

/**
 * Gives the completion its certificate, in `db` (the caller's transaction): the new certificate, or
 * undefined when the completion already has one — a job run twice gives one certificate. The demo
 * passes fixed codes, so its certificates' pages have addresses the accessibility sweep can visit.
 */
export async function issueCertificate(
  deps: Deps,
  db: Db,
  c: Completion,
  language: Lang,
  code = newCertificateCode(),
): Promise<Certificate | undefined> {
  return insertCertificate(db, {
    id: newId(),
    code,
    accountId: c.learnerId,
    courseId: c.courseId ?? null,
    curriculumId: c.curriculumId ?? null,
    language,
    completedAt: new Date(c.completedAt),
    issuedAt: deps.clock.now(),
  });
}

/** A certificate with what it certifies: the person, the course or curriculum, their zone. */
export type CertificateView = {
  certificate: Certificate;
  name: string;
  timeZone: string;
  kind: "course" | "curriculum";
  title: string;
  /** The content's language (for `lang` on its title). */
  titleLanguage: string;
  networkId: string;
  href: string;
};

async function viewOf(deps: Deps, cert: Certificate): Promise<CertificateView | null> {
  const [person] = await accountContacts(deps, [cert.accountId]);
  if (!person) return null;
  const base = { certificate: cert, name: person.name, timeZone: person.timeZone };
  if (cert.courseId) {
    const course = await courseBy(deps.db, { id: cert.courseId });
    return course
      ? {
          ...base,
          kind: "course",
          title: course.title,
          titleLanguage: course.language,
          networkId: course.networkId,
          href: `/learning/courses/${course.slug}`,
        }
      : null;
  }
  const curriculum = await curriculumBy(deps.db, { id: cert.curriculumId ?? "" });
  return curriculum
    ? {
        ...base,
        kind: "curriculum",
        title: curriculum.title,
        titleLanguage: curriculum.language,
        networkId: curriculum.networkId,
        href: "/learning",
      }
    : null;
}

/** The certificate a code names, whatever case and dashes were typed; null when there is none. */
export async function verifyCertificate(deps: Deps, code: string): Promise<CertificateView | null> {
  const normal = normaliseCertificateCode(code);
  if (!normal) return null;
  const cert = await certificateBy(deps.db, { code: normal });
  return cert ? viewOf(deps, cert) : null;
}

/**
 * Whether a code with no certificate once had one, withdrawn when its holder deleted the account:
 * the page then says "no longer available" (410) rather than "unknown" (404).
 */
export async function certificateWithdrawn(deps: Deps, code: string): Promise<boolean> {
  const normal = normaliseCertificateCode(code);
  return normal ? isTombstone(deps.db, normal) : false;
}

/** The certificate by id, with what it certifies (the notice's resolver). */
export async function certificateView(deps: Deps, id: string): Promise<CertificateView | null> {
  const cert = await certificateBy(deps.db, { id });
  return cert ? viewOf(deps, cert) : null;
}

/** A learner's certificates with what they certify, newest first (for /learning/me). */
export async function myCertificates(deps: Deps, accountId: string): Promise<CertificateView[]> {
  const out: CertificateView[] = [];
  for (const cert of await certificatesOfAccount(deps.db, accountId)) {
    const v = await viewOf(deps, cert);
    if (v) out.push(v);
  }
  return out;
}
