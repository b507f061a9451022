// Public conference pages: the list, a conference with its programme and registration form, speaker
// photos, the mailed confirmation link (GET shows a button, POST confirms), the registrant's own
// page (places in sessions, certificate download and mail), and certificate verification.
// Coordinators' pages are in admin.routes.tsx, mounted here.
import { Hono } from "hono";
import { clientIp } from "../../platform/http/client-ip.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { readForm } from "../../platform/http/forms.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { qrSvg as drawQr } from "../../platform/ui/qr.ts";
import { listNetworks, networkById } from "../identity/index.ts";
import { getLab } from "../labs/index.ts";
import { conferenceAdminRoutes } from "./admin.routes.tsx";
import { certificateOffered } from "./attendance.ts";
import { cancelRegistration } from "./cancel.service.ts";
import { renderCertificate } from "./certificate.ts";
import { listConferences, programmeOf, speakerPhoto } from "./conferences.service.ts";
import { editionRoutes } from "./editions.routes.tsx";
import { conferenceOfSlug, statusOf, withServiceErrors } from "./http.ts";
import { programmeCalendar } from "./ical.ts";
import { can } from "./policy.ts";
import {
  checkConfirmLink,
  confirmRegistration,
  emailCertificate,
  joinSession,
  leaveSession,
  register,
  registrationByAccess,
  registrationOpen,
  verifyCertificate,
} from "./registrations.service.ts";
import type { Conference } from "./types.ts";
import { CONFIRM_PATH } from "./urls.ts";
import { conferencePage } from "./views/conference-page.tsx";
import { conferenceListPage } from "./views/list.tsx";
import { confirmLinkPage, myRegistrationPage, noticePage, verificationPage } from "./views/registration.tsx";
import "./catalogue.ts";

async function showConference(c: Ctx, conference: Conference, form: FormState = emptyForm(), status = 200) {
  const deps = c.get("deps");
  const actor = c.get("actor");
  const [p, network, lab] = await Promise.all([
    programmeOf(deps, conference),
    networkById(deps, conference.networkId),
    conference.labId ? getLab(deps, actor, conference.labId).catch(() => null) : Promise.resolve(null),
  ]);
  return conferencePage(
    c,
    {
      p,
      network,
      lab: lab ? { slug: lab.slug, title: lab.title } : null,
      canManage: can(actor, "manage", conference),
      open: registrationOpen(deps, conference),
      form,
    },
    status,
  );
}

function linkProblem(c: Ctx, problem: "invalid" | "expired") {
  const t = c.get("t");
  return noticePage(
    c,
    {
      title: t("conferences.confirm.problemTitle"),
      kind: "danger",
      paragraphs: [t(`conferences.confirm.${problem}`)],
      links: [{ href: "/conferences", label: t("conferences.title") }],
    },
    problem === "invalid" ? 400 : 410,
  );
}

/** The registration a secret link (?t= or the posted `t`) opens. */
async function mine(c: Ctx, access: string) {
  return registrationByAccess(c.get("deps"), c.req.param("slug") ?? "", access);
}

async function showMine(
  c: Ctx,
  access: string,
  message?: { kind: "success" | "info" | "danger"; text: string },
  status = 200,
) {
  const deps = c.get("deps");
  const { conference, registration } = await mine(c, access);
  const p = await programmeOf(deps, conference);
  c.header("Referrer-Policy", "no-referrer");
  const checkInUrl = `${deps.config.baseUrl}/conferences/${conference.slug}/check-in?code=${registration.code}`;
  const qrSvg = registration.checkedInAt ? null : await drawQr(checkInUrl, 180);
  return myRegistrationPage(c, { p, registration, access, now: deps.clock.now(), message, qrSvg }, status);
}

export function conferenceRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/conferences", async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const [{ upcoming, past }, networks] = await Promise.all([listConferences(deps), listNetworks(deps)]);
    return conferenceListPage(c, {
      upcoming,
      past,
      networks: new Map(networks.map((n) => [n.id, { name: n.name }])),
      canAddIn: networks
        .filter((n) => actor && can(actor, "manage", { networkId: n.id }) && !actor.isAdmin)
        .map((n) => ({ slug: n.slug, name: n.name })),
    });
  });

  // Before /conferences/:slug/…: a fixed path for the mailed link.
  r.get(CONFIRM_PATH, async (c) => {
    const token = c.req.query("token") ?? "";
    const state = await checkConfirmLink(c.get("deps"), token);
    if (!state.ok) return linkProblem(c, state.problem);
    c.header("Referrer-Policy", "no-referrer");
    return confirmLinkPage(c, { conference: state.conference, registration: state.registration, token });
  });
  r.post(CONFIRM_PATH, async (c) => {
    const token = (await readForm(c)).token ?? "";
    const res = await confirmRegistration(c.get("deps"), token);
    if (!res.ok) return linkProblem(c, res.problem);
    return c.redirect(
      `/conferences/${res.conference.slug}/me?t=${encodeURIComponent(res.access)}&confirmed=1`,
      303,
    );
  });

  r.route("/", conferenceAdminRoutes());
  r.route("/", editionRoutes());

  r.get("/conferences/:slug", conferenceOfSlug, (c) => showConference(c, c.get("conference")));

  r.post("/conferences/:slug/register", conferenceOfSlug, async (c) => {
    const deps = c.get("deps");
    const conference = c.get("conference");
    const values = await readForm(c);
    const form: FormState = { values: { name: values.name ?? "", email: values.email ?? "" }, errors: {} };
    try {
      const input = { name: values.name ?? "", email: values.email ?? "" };
      await register(deps, conference, input, c.get("lang"), clientIp(c));
    } catch (err) {
      // 409: registration closed, 429: too many attempts, 422: bad input; each shown on the same
      // form with what was typed. An address already registered is answered like a new one.
      return showConference(c, conference, withServiceErrors(c, form, err, "email"), statusOf(err));
    }
    const t = c.get("t");
    return noticePage(c, {
      title: t("conferences.register.checkMailTitle"),
      paragraphs: [
        t("conferences.register.checkMail", { email: form.values.email ?? "", conference: conference.title }),
        t("conferences.register.checkMailAfter"),
      ],
      links: [{ href: `/conferences/${conference.slug}`, label: conference.title }],
    });
  });

  r.get("/conferences/:slug/programme.ics", conferenceOfSlug, async (c) => {
    const deps = c.get("deps");
    const conference = c.get("conference");
    const body = programmeCalendar(
      deps.config.baseUrl,
      await programmeOf(deps, conference),
      deps.clock.now(),
    );
    return c.body(body, 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${conference.slug}.ics"`,
      "Cache-Control": "private, no-store",
    });
  });

  r.get("/conferences/:slug/speakers/:id/photo", conferenceOfSlug, async (c) => {
    const deps = c.get("deps");
    const file = await speakerPhoto(deps, c.get("conference"), c.req.param("id"));
    return c.body(new Uint8Array(file.bytes), 200, {
      "Content-Type": file.contentType,
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    });
  });

  r.get("/conferences/:slug/me", async (c) => {
    const t = c.get("t");
    const confirmed = c.req.query("confirmed") === "1";
    return showMine(
      c,
      c.req.query("t") ?? "",
      confirmed ? { kind: "success", text: t("conferences.confirm.done") } : undefined,
    );
  });

  r.post("/conferences/:slug/me/sessions", async (c) => {
    const deps = c.get("deps");
    const f = await readForm(c);
    const access = f.t ?? "";
    const { registration } = await mine(c, access);
    const t = c.get("t");
    try {
      if (f.action === "leave") {
        const { left } = await leaveSession(deps, registration, f.session ?? "");
        const text = left === "confirmed" ? "left" : left === "waitlisted" ? "leftWait" : "nothingToLeave";
        return showMine(c, access, { kind: "success", text: t(`conferences.me.${text}`) });
      }
      // A full session puts the person on its waiting list (also when it filled up since the page
      // was shown): the message says so, with their position.
      const joined = await joinSession(deps, registration, f.session ?? "");
      // A place is a success; a place in the queue is news to read, not a tick.
      return joined.status === "confirmed"
        ? showMine(c, access, { kind: "success", text: t("conferences.me.joined") })
        : showMine(c, access, {
            kind: "info",
            text: t("conferences.me.waitlisted", { position: joined.position }),
          });
    } catch (err) {
      const shown = withServiceErrors(c, emptyForm(), err);
      return showMine(
        c,
        access,
        { kind: "danger", text: shown.errors.form ?? t("form.invalid") },
        statusOf(err),
      );
    }
  });

  r.get("/conferences/:slug/me/certificate.pdf", async (c) => {
    const { conference, registration } = await mine(c, c.req.query("t") ?? "");
    if (!certificateOffered(conference, registration, c.get("deps").clock.now())) return c.notFound();
    const pdf = await renderCertificate(c.get("deps"), conference, registration);
    return c.body(new Uint8Array(pdf), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="certificate-${conference.slug}.pdf"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    });
  });

  r.post("/conferences/:slug/me/certificate/email", async (c) => {
    const access = (await readForm(c)).t ?? "";
    const { conference, registration } = await mine(c, access);
    const t = c.get("t");
    try {
      await emailCertificate(c.get("deps"), conference, registration);
    } catch (err) {
      const shown = withServiceErrors(c, emptyForm(), err);
      return showMine(c, access, { kind: "danger", text: shown.errors.form ?? t("form.invalid") }, 429);
    }
    return showMine(c, access, {
      kind: "success",
      text: t("conferences.me.emailed", { email: registration.email }),
    });
  });

  // Cancelling the whole registration: the button is on the registration's page (its secret link).
  r.post("/conferences/:slug/me/cancel", async (c) => {
    const access = (await readForm(c)).t ?? "";
    const { conference, registration } = await mine(c, access);
    const t = c.get("t");
    try {
      await cancelRegistration(c.get("deps"), registration);
    } catch (err) {
      const shown = withServiceErrors(c, emptyForm(), err);
      return showMine(
        c,
        access,
        { kind: "danger", text: shown.errors.form ?? t("form.invalid") },
        statusOf(err),
      );
    }
    return noticePage(c, {
      title: t("conferences.me.cancelledTitle"),
      paragraphs: [t("conferences.me.cancelled", { conference: conference.title })],
      links: [{ href: `/conferences/${conference.slug}`, label: conference.title }],
    });
  });

  r.get("/certificates/:code", async (c) => {
    const code = c.req.param("code");
    const found = await verifyCertificate(c.get("deps"), code);
    return verificationPage(c, { found, code });
  });

  return r;
}
