// Factory for practices: a valid, published, public Italian practice unless overridden, written
// through the catalogue's own service (so the search index trigger runs as in production).
import {
  createPractice,
  type PracticeInput,
  type PracticeStatus,
  setPracticeStatus,
  updatePractice,
} from "../../src/modules/practices/index.ts";
import type { TestRuntime } from "./runtime.ts";

let seq = 0;

export async function buildPractice(
  t: TestRuntime,
  overrides: Partial<PracticeInput> & { status?: PracticeStatus; createdBy?: string } = {},
) {
  const { status = "published", createdBy, ...fields } = overrides;
  const n = ++seq;
  const practice = await createPractice(
    t.deps,
    {
      title: `Pratica di prova ${n}`,
      summary: "Un progetto comunale raccontato in poche righe.",
      country: "IT",
      language: "it",
      startYear: 2020,
      themes: ["participation"],
      visibility: "public",
      ...fields,
    },
    { createdBy: createdBy ?? null, status: status === "published" ? "draft" : status },
  );
  // Published through the status verb, as moderation will do, so `published_at` comes from the clock.
  return status === "published" ? setPracticeStatus(t.deps, practice.id, "published") : practice;
}

/** An edit through the catalogue's own verb, as the submissions and moderation pages make it. */
export const editPractice = (t: TestRuntime, id: string, patch: Partial<PracticeInput>) =>
  updatePractice(t.deps, id, patch);
