// What another module may know of a completed course or curriculum (credentials' achievements, issue
// 18): its title, summary, content language and network. Read regardless of who asks: the caller
// acts on a completion event, never for a visitor.
import type { Deps } from "../../platform/deps.ts";
import { courseBy, curriculumBy } from "./courses.repo.ts";
import { curriculumCompletionOf, enrolmentOf } from "./progress.repo.ts";

export type CompletionSubject = {
  kind: "course" | "curriculum";
  id: string;
  title: string;
  summary: string;
  language: string;
  networkId: string;
};

/** The course or the curriculum of a completion, or undefined when it no longer exists. */
export async function completionSubject(
  deps: Pick<Deps, "db">,
  of: { courseId?: string | null; curriculumId?: string | null },
): Promise<CompletionSubject | undefined> {
  const s = of.courseId
    ? await courseBy(deps.db, { id: of.courseId })
    : of.curriculumId
      ? await curriculumBy(deps.db, { id: of.curriculumId })
      : undefined;
  if (!s) return undefined;
  return {
    kind: of.courseId ? "course" : "curriculum",
    id: s.id,
    title: s.title,
    summary: s.summary,
    language: s.language,
    networkId: s.networkId,
  };
}

/**
 * Whether the learner's completion is on record: false once the learner's data is erased (their
 * enrolments and completions deleted), so a job that runs late certifies nobody who has left.
 */
export async function completionOnRecord(
  deps: Pick<Deps, "db">,
  c: { learnerId: string; courseId?: string | null; curriculumId?: string | null },
): Promise<boolean> {
  if (c.courseId) return Boolean((await enrolmentOf(deps.db, c.courseId, c.learnerId))?.completedAt);
  return Boolean(c.curriculumId && (await curriculumCompletionOf(deps.db, c.curriculumId, c.learnerId)));
}
