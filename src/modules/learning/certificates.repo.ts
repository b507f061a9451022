// The SQL for learning certificates (migrations/202612130000_learning_certificates.sql): one row per
// completion of a course or a curriculum; the PDF is rendered from it on request.
import type { Db } from "../../platform/db/database.ts";

type CertificateRow = {
  id: string;
  code: string;
  account_id: string;
  course_id: string | null;
  curriculum_id: string | null;
  language: "it" | "en";
  completed_at: Date;
  issued_at: Date;
};

export type CertificateTables = { learning_certificates: CertificateRow };

const q = (db: Db) => db.withTables<CertificateTables>();

export type Certificate = {
  id: string;
  code: string;
  accountId: string;
  courseId: string | null;
  curriculumId: string | null;
  language: "it" | "en";
  completedAt: Date;
  issuedAt: Date;
};

const toCertificate = (r: CertificateRow): Certificate => ({
  id: r.id,
  code: r.code,
  accountId: r.account_id,
  courseId: r.course_id,
  curriculumId: r.curriculum_id,
  language: r.language,
  completedAt: r.completed_at,
  issuedAt: r.issued_at,
});

/**
 * Inserts the certificate of one completion, or nothing when that completion already has one (the
 * unique constraint on learner and course, or learner and curriculum): the new row, else undefined.
 * A clash of codes is not swallowed: it fails, and the job's retry draws another code.
 */
export async function insertCertificate(db: Db, c: Certificate): Promise<Certificate | undefined> {
  const target = c.courseId
    ? (["account_id", "course_id"] as const)
    : (["account_id", "curriculum_id"] as const);
  const r = await q(db)
    .insertInto("learning_certificates")
    .values({
      id: c.id,
      code: c.code,
      account_id: c.accountId,
      course_id: c.courseId,
      curriculum_id: c.curriculumId,
      language: c.language,
      completed_at: c.completedAt,
      issued_at: c.issuedAt,
    })
    .onConflict((oc) => oc.columns([...target]).doNothing())
    .returningAll()
    .executeTakeFirst();
  return r ? toCertificate(r) : undefined;
}

export async function certificateBy(db: Db, key: { id?: string; code?: string }) {
  let s = q(db).selectFrom("learning_certificates").selectAll();
  s = key.id ? s.where("id", "=", key.id) : s.where("code", "=", key.code ?? "");
  const r = await s.executeTakeFirst();
  return r ? toCertificate(r) : undefined;
}

/** A learner's certificates, newest completion first. */
export async function certificatesOfAccount(db: Db, accountId: string): Promise<Certificate[]> {
  const rows = await q(db)
    .selectFrom("learning_certificates")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("completed_at", "desc")
    .execute();
  return rows.map(toCertificate);
}
