// Pages of the news column: the lists (a network's, every network's), feeds, an item, the proposal
// form, the editors' queue and decision, the proposer's resubmission. Thin handlers: validate →
// authorise → one service call → render. What a viewer may not see is a 404.
import { Hono } from "hono";
import { AppError } from "../../../platform/errors.ts";
import { FEED_CONTENT_TYPE } from "../../../platform/feeds.ts";
import type { AppEnv, Ctx } from "../../../platform/http/context.ts";
import { readForm } from "../../../platform/http/forms.ts";
import { authorize, requireActor, type With } from "../../../platform/http/guards.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../../platform/ui/components.tsx";
import { listNetworks, type Network, networkOfSlug, networkRefusal } from "../../identity/index.ts";
import { newsFeed } from "./feeds.ts";
import { getNewsItem, listNews, type NewsItem, newsTags, pendingProposals } from "./news.service.ts";
import {
  decideOnProposal,
  editPublished,
  proposeNews,
  resubmitProposal,
  withdrawNews,
} from "./news.workflow.ts";
import { can } from "./policy.ts";
import { NEWS_KINDS, NEWS_LANGUAGES, type NewsKind } from "./tables.ts";
import { newsFormPage } from "./views/news-form.tsx";
import { newsItemPage, withdrawnPage } from "./views/news-item.tsx";
import { newsListPage } from "./views/news-list.tsx";
import { reviewPage } from "./views/review-list.tsx";
import "./messages.ts";

const FIELDS = ["kind", "title", "summary", "body", "tags", "language", "visibility"] as const;

/** The filter of a list, from its query string; unknown values are ignored. */
function filterOf(c: Ctx) {
  const kind = c.req.query("kind");
  const language = c.req.query("language");
  const tag = c.req.query("tag")?.trim().toLowerCase();
  const page = Number(c.req.query("page") ?? "1");
  return {
    kind: NEWS_KINDS.includes(kind as NewsKind) ? (kind as NewsKind) : undefined,
    language: (NEWS_LANGUAGES as readonly string[]).includes(language ?? "") ? language : undefined,
    tag: tag ? tag.slice(0, 40) : undefined,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  };
}

/** A service's refusal shown on the form it came from: field messages, or one for the whole form. */
function formErrorsOf(c: Ctx, form: FormState, err: unknown): { form: FormState; formError?: string } {
  if (!(err instanceof AppError)) throw err;
  const t = c.get("t");
  if (err.status === 429) return { form, formError: t("publications.news.rateLimited") };
  if (err.status === 409) return { form, formError: t("publications.news.conflict") };
  if (err.status !== 422) throw err;
  const errors = { ...form.errors };
  for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
  return { form: { values: form.values, errors } };
}

async function postedItem(c: Ctx) {
  const body = await readForm(c);
  const values: Record<string, string> = {};
  for (const k of FIELDS) values[k] = body[k] ?? "";
  return { values, body };
}

/** Proposing in the network of the path (members; editors and admins too). */
const mayPropose = authorize(
  can,
  "propose",
  (c: With<{ network: Network }>) => ({ networkId: c.get("network").id }),
  networkRefusal,
);
/** Reviewing in the network of the path (coordinators, communicators, admins). */
const mayReview = authorize(
  can,
  "edit",
  (c: With<{ network: Network }>) => ({ networkId: c.get("network").id }),
  networkRefusal,
);

async function feed(c: Ctx, format: "atom" | "rss", network?: Network) {
  const body = await newsFeed(c.get("deps"), c.get("t"), c.get("lang"), format, network);
  return c.body(body, 200, { "Content-Type": FEED_CONTENT_TYPE[format] });
}

function itemPage(
  c: Ctx,
  network: Network,
  item: NewsItem,
  extra: { form?: FormState; withdrawForm?: FormState; formError?: string } = {},
  status = 200,
) {
  const actor = c.get("actor");
  if (item.status === "withdrawn") return withdrawnPage(c, network);
  return newsItemPage(
    c,
    {
      item,
      network,
      canDecide: can(actor, "edit", { networkId: network.id }),
      isProposer: Boolean(actor && actor.id === item.proposerId),
      decisionForm: extra.form,
      withdrawForm: extra.withdrawForm,
      formError: extra.formError,
    },
    status,
  );
}

export function newsRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/news", async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const filter = filterOf(c);
    const [list, tags, networks] = await Promise.all([
      listNews(deps, actor, filter),
      newsTags(deps, actor),
      listNetworks(deps),
    ]);
    return newsListPage(c, {
      ...list,
      networks: new Map(networks.map((n) => [n.id, { id: n.id, slug: n.slug, name: n.name }])),
      filter,
      tags,
      canPropose: false,
      canReview: false,
    });
  });
  r.get("/news/feed.xml", (c) => feed(c, "atom"));
  r.get("/news/feed.rss", (c) => feed(c, "rss"));

  r.get("/networks/:slug/news", networkOfSlug(), async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const network = c.get("network");
    const filter = filterOf(c);
    const [list, tags] = await Promise.all([
      listNews(deps, actor, { ...filter, networkId: network.id }),
      newsTags(deps, actor, network.id),
    ]);
    return newsListPage(c, {
      ...list,
      network,
      networks: new Map(),
      filter,
      tags,
      canPropose: can(actor, "propose", { networkId: network.id }),
      canReview: can(actor, "edit", { networkId: network.id }),
    });
  });
  r.get("/networks/:slug/news/feed.xml", networkOfSlug(), (c) => feed(c, "atom", c.get("network")));
  r.get("/networks/:slug/news/feed.rss", networkOfSlug(), (c) => feed(c, "rss", c.get("network")));

  r.get("/networks/:slug/news/propose", requireActor(), networkOfSlug(), mayPropose, (c) => {
    const network = c.get("network");
    return newsFormPage(c, {
      network,
      form: emptyForm({ kind: "news", language: c.get("lang"), visibility: "public" }),
      canPublish: can(c.get("actor"), "edit", { networkId: network.id }),
    });
  });

  r.post("/networks/:slug/news/propose", requireActor(), networkOfSlug(), mayPropose, async (c) => {
    const network = c.get("network");
    const actor = c.get("actor");
    const canPublish = can(actor, "edit", { networkId: network.id });
    const { values, body } = await postedItem(c);
    try {
      const item = await proposeNews(c.get("deps"), actor, network.id, values, {
        publish: body.publish === "1",
      });
      return redirectWithFlash(c, `/networks/${network.slug}/news/${item.id}`, {
        kind: "success",
        key:
          item.status === "published"
            ? "publications.news.flash.published"
            : "publications.news.flash.proposed",
      });
    } catch (err) {
      const shown = formErrorsOf(c, { values, errors: {} }, err);
      return newsFormPage(c, { network, ...shown, canPublish }, 422);
    }
  });

  r.get("/networks/:slug/news/review", requireActor(), networkOfSlug(), mayReview, async (c) => {
    const network = c.get("network");
    return reviewPage(c, network, await pendingProposals(c.get("deps"), c.get("actor"), network.id));
  });

  r.get("/networks/:slug/news/:item", networkOfSlug(), async (c) => {
    const network = c.get("network");
    const item = await getNewsItem(c.get("deps"), c.get("actor"), network.id, c.req.param("item"));
    return itemPage(c, network, item);
  });

  r.post("/networks/:slug/news/:item/decision", requireActor(), networkOfSlug(), async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const network = c.get("network");
    const item = await getNewsItem(deps, actor, network.id, c.req.param("item"));
    if (!can(actor, "edit", { networkId: network.id }))
      throw networkRefusal(actor, { networkId: network.id });
    const body = await readForm(c);
    const values = { decision: body.decision ?? "", note: body.note ?? "" };
    try {
      await decideOnProposal(deps, actor, network.id, item.id, {
        ...values,
        version: Number(body.version ?? 0),
      });
      return redirectWithFlash(c, `/networks/${network.slug}/news/review`, {
        kind: "success",
        key: `publications.news.flash.${values.decision}`,
      });
    } catch (err) {
      const shown = formErrorsOf(c, { values, errors: {} }, err);
      const fresh = await getNewsItem(deps, actor, network.id, item.id);
      if (fresh.status !== "pending") return itemPage(c, network, fresh, {}, 409);
      return itemPage(c, network, fresh, shown, err instanceof AppError ? err.status : 422);
    }
  });

  r.get("/networks/:slug/news/:item/edit", requireActor(), networkOfSlug(), async (c) => {
    const network = c.get("network");
    const actor = c.get("actor");
    const item = await getNewsItem(c.get("deps"), actor, network.id, c.req.param("item"));
    if (item.proposerId !== actor.id || item.status !== "changes-requested")
      return itemPage(c, network, item);
    return newsFormPage(c, {
      network,
      form: emptyForm({
        kind: item.kind,
        title: item.title,
        summary: item.summary,
        body: item.body,
        tags: item.tags.join(", "),
        language: item.language,
        visibility: item.visibility,
      }),
      resubmit: { id: item.id, version: item.version, note: item.reviewNote },
      canPublish: false,
    });
  });

  r.post("/networks/:slug/news/:item/edit", requireActor(), networkOfSlug(), async (c) => {
    const deps = c.get("deps");
    const network = c.get("network");
    const actor = c.get("actor");
    const item = await getNewsItem(deps, actor, network.id, c.req.param("item"));
    const { values, body } = await postedItem(c);
    const editing = item.status === "published" && can(actor, "edit", { networkId: network.id });
    const version = Number(body.version ?? 0);
    try {
      if (editing) await editPublished(deps, actor, network.id, item.id, version, values);
      else await resubmitProposal(deps, actor, network.id, item.id, version, values);
      return redirectWithFlash(c, `/networks/${network.slug}/news/${item.id}`, {
        kind: "success",
        key: editing ? "publications.news.flash.updated" : "publications.news.flash.resubmitted",
      });
    } catch (err) {
      const shown = formErrorsOf(c, { values, errors: {} }, err);
      return newsFormPage(
        c,
        {
          network,
          ...shown,
          resubmit: { id: item.id, version: item.version, note: item.reviewNote },
          canPublish: false,
        },
        err instanceof AppError && err.status === 409 ? 409 : 422,
      );
    }
  });

  r.post("/networks/:slug/news/:item/withdraw", requireActor(), networkOfSlug(), async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const network = c.get("network");
    const item = await getNewsItem(deps, actor, network.id, c.req.param("item"));
    if (!can(actor, "edit", { networkId: network.id }))
      throw networkRefusal(actor, { networkId: network.id });
    const body = await readForm(c);
    const values = { reason: body.reason ?? "" };
    try {
      await withdrawNews(deps, actor, network.id, item.id, {
        reason: values.reason,
        version: Number(body.version ?? 0),
      });
      return redirectWithFlash(c, `/networks/${network.slug}/news`, {
        kind: "success",
        key: "publications.news.flash.withdrawn",
      });
    } catch (err) {
      const shown = formErrorsOf(c, { values, errors: {} }, err);
      const fresh = await getNewsItem(deps, actor, network.id, item.id);
      return itemPage(
        c,
        network,
        fresh,
        { withdrawForm: shown.form, formError: shown.formError },
        err instanceof AppError ? err.status : 422,
      );
    }
  });

  return r;
}
