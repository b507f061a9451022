// Where a good practice came from: the board sessions whose facilitators promoted it (and their
// labs), for the practice page. Each is shown only to those who may see it: a session to its
// participants and the network's members, a lab by the labs module's own rule.

import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError } from "../../platform/errors.ts";
import { getLab } from "../labs/index.ts";
import { getPractice } from "../practices/index.ts";
import { accessSession } from "./boards.service.ts";
import { practicesPromotedFromLab, sessionsPromotedTo } from "./outcomes.repo.ts";

export type PracticeOrigin = {
  session: { title: string; url: string } | null;
  lab: { title: string; url: string } | null;
};

const hidden = (err: unknown) => err instanceof AppError && err.status === 404;

export async function originsOfPractice(
  deps: Deps,
  actor: Actor | null,
  practiceId: string,
): Promise<PracticeOrigin[]> {
  const out: PracticeOrigin[] = [];
  for (const s of await sessionsPromotedTo(deps.db, "practice", practiceId)) {
    const session = await accessSession(deps, { actor }, s.id).then(
      () => ({ title: s.title, url: `/boards/${s.id}/summary` }),
      (err: unknown) => {
        if (hidden(err)) return null;
        throw err;
      },
    );
    const lab = s.lab_id
      ? await getLab(deps, actor, s.lab_id).then(
          (l) => ({ title: l.title, url: `/labs/${l.slug}` }),
          (err: unknown) => {
            if (hidden(err)) return null;
            throw err;
          },
        )
      : null;
    if (session || lab) out.push({ session, lab });
  }
  return out;
}

/** The good practices a lab's sessions gave the catalogue, as far as the viewer may read them. */
export async function practicesFromLab(
  deps: Deps,
  actor: Actor | null,
  labId: string,
): Promise<{ title: string; url: string; status: string }[]> {
  const out: { title: string; url: string; status: string }[] = [];
  for (const r of await practicesPromotedFromLab(deps.db, labId)) {
    const p = await getPractice(deps, actor, r.target_id).catch((err: unknown) => {
      if (hidden(err)) return null;
      throw err;
    });
    if (p) out.push({ title: p.title, url: `/practices/${p.slug}`, status: p.status });
  }
  return out.sort((a, b) => a.title.localeCompare(b.title));
}
