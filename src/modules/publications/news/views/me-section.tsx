// The news column's section of "my area" (/me): the person's own proposals and their state, newest
// first; for editors (coordinators and communicators), how many proposals wait in each of their networks, linking to the queue.
// Nothing at all for someone with neither.
import { hasRole } from "../../../../platform/auth/index.ts";
import type { Ctx } from "../../../../platform/http/context.ts";
import { listNetworks } from "../../../identity/index.ts";
import { itemsProposedBy, pendingCounts } from "../news.repo.ts";
import { newsItemPath } from "../news.service.ts";

export async function myNewsSection(c: Ctx) {
  const actor = c.get("actor");
  if (!actor) return null;
  const deps = c.get("deps");
  const t = c.get("t");
  const networks = await listNetworks(deps);
  // The networks where the person holds an editor's role (an admin's area does not list them all).
  const editing = networks.filter(
    (n) => hasRole(actor, n.id, "coordinator") || hasRole(actor, n.id, "communicator"),
  );
  const [mine, waiting] = await Promise.all([
    itemsProposedBy(deps.db, actor.id),
    pendingCounts(
      deps.db,
      editing.map((n) => n.id),
    ),
  ]);
  if (!mine.length && !editing.length) return null;
  const slugOf = new Map(networks.map((n) => [n.id, n.slug]));
  const recent = mine.slice(-5).reverse();
  return (
    <section aria-labelledby="me-news" class="mb-4">
      <h2 id="me-news" class="h4">
        {t("publications.me.title")}
      </h2>
      {recent.length ? (
        <ul>
          {recent.map((r) => (
            <li>
              <a href={newsItemPath(slugOf.get(r.network_id) ?? "", r.id)} lang={r.language}>
                {r.title}
              </a>{" "}
              · {t(`publications.news.states.${r.status}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("publications.me.none")}</p>
      )}
      {editing.length ? (
        <ul class="list-unstyled">
          {editing.map((n) => (
            <li>
              <a href={`/networks/${n.slug}/news/review`}>
                {t("publications.me.waiting", { n: waiting.get(n.id) ?? 0, network: n.name })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
