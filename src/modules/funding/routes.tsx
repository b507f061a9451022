// Pages of funding calls: the list, a call, its iCal feed of deadlines, and the create/edit forms for
// coordinators. Thin handlers: validate → authorise → one service call → render. Whatever a viewer
// may not see is a 404; refusals inside a network a person can see are 403.
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { fieldErrors } from "../../platform/http/forms.ts";
import { authorize, load, requireActor, type With } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { dateTimeFormat, hasMessage } from "../../platform/i18n/index.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { listNetworks, networkById, networkOfSlug, networkRefusal } from "../identity/index.ts";
import {
  createCall,
  type FundingCall,
  getCall,
  linkedPractices,
  listCalls,
  updateCall,
} from "./funding.service.ts";
import { deadlinesCalendar } from "./ical.ts";
import { can } from "./policy.ts";
import { callFormSchema } from "./schema.ts";
import { callFormPage } from "./views/call-form.tsx";
import { callPage } from "./views/call-page.tsx";
import { fundingListPage } from "./views/funding-list.tsx";
import "./messages.ts";

/** The posted call form: text fields as strings, the eligible bodies as a list (repeated checkboxes). */
async function readCallForm(c: Ctx) {
  const body = await c.req.parseBody({ all: true });
  const raw: Record<string, string | string[]> = {};
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "_csrf") continue;
    const list = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
    raw[k] = k === "eligibleBodies" ? list : (list[0] ?? "");
    values[k] = list.join(",");
  }
  const parsed = callFormSchema(c.get("deps").config.timeZone).safeParse(raw);
  if (parsed.success) return { ok: true as const, data: parsed.data, form: { values, errors: {} } };
  const lang = c.get("lang");
  return {
    ok: false as const,
    form: { values, errors: fieldErrors(parsed.error, c.get("t"), (k) => hasMessage(lang, k)) },
  };
}

/** A service's 422 shown on the form it came from (field messages are catalogue keys). */
function withServiceErrors(c: Ctx, form: FormState, err: unknown): FormState {
  if (!(err instanceof AppError) || err.status !== 422) throw err;
  const t = c.get("t");
  const errors = { ...form.errors };
  for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
  return { values: form.values, errors };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The deadline as the form shows it: wall-clock time in the call's zone. */
function deadlineField(call: FundingCall): string {
  const parts = Object.fromEntries(
    dateTimeFormat("en-GB", {
      timeZone: call.timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(call.deadline)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${pad(Number(parts.hour))}:${parts.minute}`;
}

async function formValuesOf(c: Ctx, call: FundingCall): Promise<Record<string, string>> {
  const practices = await linkedPractices(c.get("deps"), c.get("actor"), call);
  return {
    title: call.title,
    programme: call.programme,
    summary: call.summary,
    deadline: deadlineField(call),
    eligibleBodies: call.eligibleBodies.join(","),
    budgetEur: call.budgetEur === null ? "" : String(call.budgetEur),
    url: call.url,
    visibility: call.visibility,
    practices: practices.map((p) => p.slug).join("\n"),
  };
}

// The guards of the coordinators' pages. Refusals follow identity's rule: 403 for someone who can
// see the network's people, 404 for everyone else.
/** Managing calls in the network of the path. */
const mayManageHere = authorize(
  can,
  "manage",
  (c: With<{ network: { id: string } }>) => ({ networkId: c.get("network").id }),
  networkRefusal,
);
/** The call of the path, as the signed-in person may see it (404 otherwise). */
const visibleCall = load("call", (c) => getCall(c.get("deps"), c.get("actor"), c.req.param("slug") ?? ""));
/** Managing the call of the path. */
const mayManageCall = authorize(
  can,
  "manage",
  (c: With<{ call: FundingCall }>) => c.get("call"),
  networkRefusal,
);
/** The network that owns the call of the path. */
const callNetwork = load("network", (c: With<{ call: FundingCall }>) =>
  networkById(c.get("deps"), c.get("call").networkId),
);
/** Signed in, allowed to manage the call of the path: the call and its network are set. */
const managingCall = [requireActor(), visibleCall, mayManageCall, callNetwork] as const;

export function fundingRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/funding", async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const [{ open, past }, networks] = await Promise.all([listCalls(deps, actor), listNetworks(deps)]);
    const byId = new Map(networks.map((n) => [n.id, { id: n.id, slug: n.slug, name: n.name }]));
    const canAddIn = actor ? [...byId.values()].filter((n) => can(actor, "manage", { networkId: n.id })) : [];
    return fundingListPage(c, { open, past, networks: byId, canAddIn });
  });

  // Before /funding/:slug, which would otherwise take "calendar.ics" for a slug.
  r.get("/funding/calendar.ics", async (c) => {
    const deps = c.get("deps");
    const { open, past } = await listCalls(deps, c.get("actor"));
    const t = c.get("t");
    const body = deadlinesCalendar(
      {
        baseUrl: deps.config.baseUrl,
        name: t("funding.title"),
        now: deps.clock.now(),
        eventTitle: (title) => t("funding.calendarEvent", { title }),
      },
      [...open, ...past],
    );
    return c.body(body, 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="funding-deadlines.ics"',
      "Cache-Control": "private, no-store",
    });
  });

  r.get("/networks/:slug/funding/new", requireActor(), networkOfSlug(), mayManageHere, async (c) => {
    const form = emptyForm({ visibility: "public", programme: "pnrr" });
    return callFormPage(c, { network: c.get("network"), form });
  });

  r.post("/networks/:slug/funding", requireActor(), networkOfSlug(), mayManageHere, async (c) => {
    const network = c.get("network");
    const v = await readCallForm(c);
    if (!v.ok) return callFormPage(c, { network, form: v.form }, 422);
    try {
      const call = await createCall(c.get("deps"), c.get("actor"), network.id, v.data);
      return redirectWithFlash(c, `/funding/${call.slug}`, { kind: "success", key: "funding.created" });
    } catch (err) {
      return callFormPage(c, { network, form: withServiceErrors(c, v.form, err) }, 422);
    }
  });

  r.get("/funding/:slug", async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const call = await getCall(deps, actor, c.req.param("slug"));
    const network = await networkById(deps, call.networkId);
    return callPage(c, {
      call,
      network,
      practices: await linkedPractices(deps, actor, call),
      canManage: can(actor, "manage", call),
      closed: call.deadline.getTime() < deps.clock.now().getTime(),
    });
  });

  r.get("/funding/:slug/edit", ...managingCall, async (c) => {
    const call = c.get("call");
    return callFormPage(c, { network: c.get("network"), call, form: emptyForm(await formValuesOf(c, call)) });
  });

  r.post("/funding/:slug/edit", ...managingCall, async (c) => {
    const call = c.get("call");
    const network = c.get("network");
    const v = await readCallForm(c);
    if (!v.ok) return callFormPage(c, { network, call, form: v.form }, 422);
    try {
      const updated = await updateCall(c.get("deps"), c.get("actor"), call.id, v.data);
      return redirectWithFlash(c, `/funding/${updated.slug}`, { kind: "success", key: "funding.updated" });
    } catch (err) {
      return callFormPage(c, { network, call, form: withServiceErrors(c, v.form, err) }, 422);
    }
  });

  return r;
}
