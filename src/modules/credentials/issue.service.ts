// Issuing on completion (issue 18, item 1): the learner's credential for a course or curriculum
// completed, signed by the network's issuer, stored as signed, `credentials.credential.issued`
// emitted in the insert's transaction. Idempotent: one credential per person and achievement,
// however often the job runs (the unique constraint decides between two runs at once).
import type { Deps } from "../../platform/deps.ts";
import { emit } from "../../platform/events.ts";
import { translator } from "../../platform/i18n/index.ts";
import { newId } from "../../platform/ids.ts";
import { accountContacts } from "../identity/index.ts";
import { type CompletionSubject, completionOnRecord, completionSubject } from "../learning/index.ts";
import {
  type AchievementRow,
  achievementOf,
  type CredentialRow,
  credentialOf,
  insertAchievement,
  insertCredential,
} from "./credentials.repo.ts";
import {
  ensureIssuer,
  type Issuer,
  localDocuments,
  signingKey,
  statusListFor,
  urls,
} from "./issuers.service.ts";
import { newSalt, randomStatusIndex, signDocument, unsignedCredential } from "./sign.ts";
import "./events.ts";
import "./messages.ts";

export type Completion = {
  learnerId: string;
  courseId?: string;
  curriculumId?: string;
  completedAt: string;
};

// The achievement's words are in its content's language; the criteria narrative in Italian or
// English (the languages the instance speaks), English for any other content language.
const criteriaOf = (s: CompletionSubject) =>
  translator(s.language === "it" ? "it" : "en")(`credentials.criteria.${s.kind}`, { title: s.title });

async function ensureAchievement(deps: Deps, issuer: Issuer, s: CompletionSubject): Promise<AchievementRow> {
  const source = s.kind === "course" ? { courseId: s.id } : { curriculumId: s.id };
  const found = await achievementOf(deps.db, source);
  if (found) return found;
  await insertAchievement(deps.db, {
    id: newId(),
    issuer_id: issuer.id,
    course_id: s.kind === "course" ? s.id : null,
    curriculum_id: s.kind === "curriculum" ? s.id : null,
    name: s.title,
    description: s.summary || s.title,
    criteria: criteriaOf(s),
    language: s.language,
    created_at: deps.clock.now(),
  });
  const made = await achievementOf(deps.db, source);
  if (!made) throw new Error(`achievement of ${s.kind} ${s.id} vanished`);
  return made;
}

// A drawn index already taken in the list is refused by the unique constraint: draw again.
const isIndexClash = (e: unknown) =>
  typeof e === "object" && e !== null && "code" in e && (e as { code: string }).code === "23505";
const DRAWS = 5;

/** The job's work: the credential, or nothing when it exists or its learner or subject is gone. */
export async function issueCredentialFor(
  deps: Deps,
  c: Completion,
  /** A fixed id (the demo's credential, whose page the accessibility sweep visits). */
  o: { id?: string } = {},
): Promise<CredentialRow | undefined> {
  const subject = await completionSubject(deps, c);
  const [learner] = await accountContacts(deps, [c.learnerId]);
  if (!subject || !learner || !(await completionOnRecord(deps, c))) return undefined;
  const issuer = await ensureIssuer(deps, subject.networkId);
  const achievement = await ensureAchievement(deps, issuer, subject);
  if (await credentialOf(deps.db, learner.id, achievement.id)) return undefined;

  const key = await signingKey(deps, issuer);
  const list = await statusListFor(deps, issuer);
  const u = urls(deps);
  const now = deps.clock.now();
  for (let draw = 1; ; draw++) {
    const id = draw === 1 && o.id ? o.id : newId();
    const index = randomStatusIndex();
    const signed = await signDocument(
      unsignedCredential({
        id: u.credential(id),
        issuer: issuer.profile,
        achievement: {
          id: u.achievement(achievement.id),
          name: achievement.name,
          description: achievement.description,
          criteria: achievement.criteria,
          language: achievement.language,
        },
        recipient: { name: learner.name, email: learner.email, salt: newSalt() },
        validFrom: now,
        status: { listUrl: u.statusList(list.id), index },
      }),
      key,
      now,
      localDocuments(deps),
    );
    try {
      return await deps.db.transaction().execute(async (trx) => {
        const row = await insertCredential(trx, {
          id,
          account_id: learner.id,
          achievement_id: achievement.id,
          status_list_id: list.id,
          status_index: index,
          issued_at: now,
          document: JSON.stringify(signed),
          revoked_at: null,
          revocation_reason: null,
          erased_at: null,
        });
        if (row)
          await emit(deps, trx, "credentials.credential.issued", {
            credentialId: row.id,
            accountId: learner.id,
            achievementId: achievement.id,
            networkId: subject.networkId,
          });
        return row;
      });
    } catch (e) {
      if (!isIndexClash(e) || draw >= DRAWS) throw e;
    }
  }
}
