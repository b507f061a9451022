// A person's data in the news column (issue 19, item 7), through the manifest's personal-data hooks
// (platform/module.ts): the download lists the items they proposed, readable without this platform
// (texts, states, dates, the editors' notes); the erasure deletes the proposals never published and
// takes the name off the bylines of published ones (the organisation stays).
import type { PersonalDataHooks } from "../../../platform/module.ts";
import { eraseProposer, itemsProposedBy } from "./news.repo.ts";

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export const hooks: PersonalDataHooks = {
  export: async (deps, accountId) => ({
    newsItems: (await itemsProposedBy(deps.db, accountId)).map((r) => ({
      title: r.title,
      summary: r.summary,
      body: r.body,
      kind: r.kind,
      tags: r.tags,
      language: r.language,
      visibility: r.visibility,
      state: r.status,
      editorsNote: r.review_note,
      byline: [r.byline_name, r.byline_organisation].filter(Boolean).join(", "),
      proposedAt: iso(r.created_at),
      publishedAt: iso(r.published_at),
      updatedAt: iso(r.updated_at),
    })),
  }),
  erase: (_deps, trx, accountId) => eraseProposer(trx, accountId),
};
