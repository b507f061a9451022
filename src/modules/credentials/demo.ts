// Demo data (the minimum of this slice): one credential, with a fixed id, for the first course
// Anna Gruber completed in learning's demo, so its page, its issuer's and its achievement's are
// there to visit (the accessibility sweep does). Every demo completion's credential, and a revoked
// one, come with a later slice.
import type { Deps } from "../../platform/deps.ts";
import { accountByEmail } from "../identity/index.ts";
import { loadCourse } from "../learning/index.ts";
import { issueCredentialFor } from "./issue.service.ts";

export const DEMO_CREDENTIAL_ID = "0d3c0000-c4ed-4000-8000-000000000001";

export async function seedCredentialsDemo(deps: Deps): Promise<void> {
  const learner = await accountByEmail(deps, "anna.gruber@schmiede.example");
  const course = await loadCourse(deps, "smart-city-basics").catch(() => undefined);
  if (!learner || !course) return;
  await issueCredentialFor(
    deps,
    { learnerId: learner.id, courseId: course.id, completedAt: deps.clock.now().toISOString() },
    { id: DEMO_CREDENTIAL_ID },
  );
}
