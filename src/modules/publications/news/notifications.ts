// What the news column tells people about (platform/notifications.ts): editors (the network's
// coordinators and communicators) of a proposal received; the proposer of changes requested, of their
// item published, of a rejection. Kinds about one's own proposals go by e-mail at once by default
// (issue 19); editors' at once too, the queue being the point of the role.
import type { Deps } from "../../../platform/deps.ts";
import { notificationKind } from "../../../platform/notifications.ts";
import { networkById, networkPeopleWithRoles } from "../../identity/index.ts";
import { findItem } from "./news.repo.ts";
import { newsItemPath } from "./news.service.ts";
import "./events.ts";
import "./messages.ts";

async function aboutItem(deps: Deps, itemId: string) {
  const item = await findItem(deps.db, itemId);
  if (!item) return null;
  const network = await networkById(deps, item.network_id);
  return {
    item,
    href: newsItemPath(network.slug, item.id),
    scope: { kind: "network" as const, id: network.id, name: network.name },
  };
}

export const kinds = [
  notificationKind({
    name: "publications.news-proposed",
    event: "publications.news.proposed",
    label: "publications.notify.proposed.kind",
    defaultMode: "email",
    resolve: async (deps, e) => {
      const about = await aboutItem(deps, e.itemId);
      if (!about) return null;
      const people = await networkPeopleWithRoles(deps, e.networkId);
      const editors = people
        .filter((p) => p.roles.includes("coordinator") || p.roles.includes("communicator"))
        .map((p) => p.id)
        .filter((id) => id !== e.proposerId);
      return {
        recipients: editors,
        text: { key: "publications.notify.proposed", params: { title: about.item.title } },
        href: about.href,
        scope: about.scope,
      };
    },
  }),
  // Changes requested and rejections come from one event: two kinds, so each may be set apart.
  ...(
    [
      ["publications.news-changes-requested", "request-changes", "changes"],
      ["publications.news-rejected", "reject", "rejected"],
    ] as const
  ).map(([name, decision, key]) =>
    notificationKind({
      name,
      event: "publications.news.reviewed",
      label: `publications.notify.${key}.kind`,
      defaultMode: "email",
      resolve: async (deps, e) => {
        if (e.decision !== decision) return null;
        const about = await aboutItem(deps, e.itemId);
        if (!about) return null;
        return {
          recipients: [e.proposerId],
          text: { key: `publications.notify.${key}`, params: { title: about.item.title } },
          href: about.href,
          scope: about.scope,
        };
      },
    }),
  ),
  notificationKind({
    name: "publications.news-published",
    event: "publications.news.published",
    label: "publications.notify.published.kind",
    defaultMode: "email",
    resolve: async (deps, e) => {
      const about = await aboutItem(deps, e.itemId);
      const proposer = about?.item.proposer_id;
      // An editor's own item, published by themselves: nobody to tell.
      if (!about || !proposer || about.item.published_by === proposer) return null;
      return {
        recipients: [proposer],
        text: { key: "publications.notify.published", params: { title: about.item.title } },
        href: about.href,
        scope: about.scope,
      };
    },
  }),
];
