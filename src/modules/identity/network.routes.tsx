// Network pages: the list, a network's page (people only for its members), the coordinators' page to
// manage organisations, roles and invitations, and the network's audit log.
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { authorize, load, requireActor, type SignedIn, type With } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { auditPage } from "./audit.service.ts";
import { InvitationError } from "./invitations.core.ts";
import { invite, pendingInvitations, revokeInvitation } from "./invitations.service.ts";
import {
  addOrganisationToNetwork,
  MembershipError,
  removeOrganisationFromNetwork,
  removePerson,
  setRoles,
} from "./members.service.ts";
import { networkRefusal } from "./networks.http.ts";
import { InviteForm } from "./networks.schema.ts";
import {
  listNetworks,
  memberOrganisations,
  type Network,
  networkBySlug,
  networkPageData,
  networkPeopleWithRoles,
  organisationsAskedToJoin,
} from "./networks.service.ts";
import { organisationsOutsideNetwork } from "./organisations.repo.ts";
import { can, identityPolicy } from "./policy.ts";
import type { NetworkRole } from "./tables.ts";
import { auditLogPage } from "./views/audit-page.tsx";
import { pageParam } from "./views/identity-shared.tsx";
import { networkManagePage } from "./views/network-manage.tsx";
import { networkPage, networksListPage } from "./views/networks-pages.tsx";

/** Guard: the network named in the path, set as `network` and named in the page header (404 if none). */
const networkOfPath = load("network", async (c) => {
  const network = await networkBySlug(c.get("deps"), c.req.param("slug") ?? "");
  c.set("networkContext", { slug: network.slug, name: network.name });
  return network;
});

type InNetwork = With<SignedIn & { network: Network }>;

/**
 * Guards of a coordinator's page or action: signed in (else to sign-in, before the network is looked
 * up), the network of the path, and allowed `action` there (403 for its members, else 404).
 */
const coordinating = (action: "manage-network" | "invite" | "view-audit") =>
  [
    requireActor(),
    networkOfPath,
    authorize(
      identityPolicy,
      action,
      (c: With<{ network: Network }>) => ({ networkId: c.get("network").id }),
      // The resource always names the path's network (view-audit's may be null only elsewhere).
      (actor, r) => networkRefusal(actor, { networkId: r.networkId ?? "" }),
    ),
  ] as const;

async function showManage(
  c: With<SignedIn>,
  network: Network,
  extra: { inviteForm?: FormState; personError?: { id: string; message: string }; orgError?: string } = {},
  status = 200,
) {
  const deps = c.get("deps");
  const actor = c.get("actor");
  const [organisations, pendingOrganisations, candidates, people, invitations] = await Promise.all([
    memberOrganisations(deps, network.id),
    organisationsAskedToJoin(deps, network.id),
    organisationsOutsideNetwork(deps.db, network.id),
    networkPeopleWithRoles(deps, network.id),
    pendingInvitations(deps, actor, network),
  ]);
  return networkManagePage(
    c,
    {
      network,
      organisations,
      pendingOrganisations,
      candidates,
      people,
      invitations,
      inviteForm: extra.inviteForm ?? emptyForm({ role: "member" }),
      ...(extra.personError ? { personError: extra.personError } : {}),
      ...(extra.orgError ? { orgError: extra.orgError } : {}),
    },
    status,
  );
}

/**
 * Runs a coordinator's action (after the `coordinating("manage-network")` guards); a refusal the
 * person can act on is shown on the manage page.
 */
async function managed(
  c: InNetwork,
  action: (network: Network) => Promise<void>,
  flash: string,
  personId?: string,
) {
  const network = c.get("network");
  try {
    await action(network);
  } catch (err) {
    if (err instanceof MembershipError) {
      const message = c.get("t")(err.message);
      return showManage(
        c,
        network,
        personId ? { personError: { id: personId, message } } : { orgError: message },
        err.status,
      );
    }
    throw err;
  }
  return redirectWithFlash(c, `/networks/${network.slug}/manage`, { kind: "success", key: flash });
}

export function networkRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/networks", async (c) => networksListPage(c, await listNetworks(c.get("deps"))));

  r.get("/networks/:slug", async (c) => {
    const actor = c.get("actor");
    // One query for the network, its organisations and (if the policy allows) its people.
    const { network, organisations, people } = await networkPageData(
      c.get("deps"),
      c.req.param("slug"),
      actor,
    );
    c.set("networkContext", { slug: network.slug, name: network.name });
    return networkPage(c, {
      network,
      organisations,
      people,
      canManage: can(actor, { action: "manage-network", networkId: network.id }),
      canAudit: can(actor, { action: "view-audit", networkId: network.id }),
    });
  });

  r.get("/networks/:slug/manage", ...coordinating("manage-network"), (c) => showManage(c, c.get("network")));

  r.get("/networks/:slug/audit", ...coordinating("view-audit"), async (c) => {
    const network = c.get("network");
    const t = c.get("t");
    const title = t("identity.audit.title");
    return auditLogPage(c, {
      data: await auditPage(c.get("deps"), { networkId: network.id }, pageParam(c)),
      title: `${title} · ${network.name}`,
      breadcrumbs: [
        { href: "/networks", label: t("identity.networks.title") },
        { href: `/networks/${network.slug}`, label: network.name },
        { label: title },
      ],
      showNetwork: false,
    });
  });

  r.post("/networks/:slug/organisations", ...coordinating("manage-network"), async (c) => {
    const body = await c.req.parseBody();
    const id = typeof body.organisationId === "string" ? body.organisationId : "";
    return managed(
      c,
      (n) => addOrganisationToNetwork(c.get("deps"), c.get("actor"), n, id),
      "identity.manage.organisationAdded",
    );
  });

  r.post("/networks/:slug/organisations/:orgId/remove", ...coordinating("manage-network"), (c) =>
    managed(
      c,
      (n) => removeOrganisationFromNetwork(c.get("deps"), c.get("actor"), n, c.req.param("orgId")),
      "identity.manage.organisationRemoved",
    ),
  );

  r.post("/networks/:slug/people/:accountId/roles", ...coordinating("manage-network"), async (c) => {
    const body = await c.req.parseBody({ all: true });
    const raw = body.roles;
    const roles = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (v): v is NetworkRole => typeof v === "string",
    );
    const id = c.req.param("accountId");
    return managed(
      c,
      (n) => setRoles(c.get("deps"), c.get("actor"), n, id, roles),
      "identity.manage.rolesSaved",
      id,
    );
  });

  r.post("/networks/:slug/people/:accountId/remove", ...coordinating("manage-network"), (c) => {
    const id = c.req.param("accountId");
    return managed(
      c,
      (n) => removePerson(c.get("deps"), c.get("actor"), n, id),
      "identity.manage.personRemoved",
      id,
    );
  });

  r.post("/networks/:slug/invitations", ...coordinating("invite"), async (c) => {
    const actor = c.get("actor");
    const network = c.get("network");
    const v = await validateForm(c, InviteForm);
    if (!v.ok) return showManage(c, network, { inviteForm: v.form }, 422);
    try {
      await invite(c.get("deps"), actor, network, v.data, c.get("lang"));
      return redirectWithFlash(c, `/networks/${network.slug}/manage`, {
        kind: "success",
        key: "identity.invitations.sent",
      });
    } catch (err) {
      if (!(err instanceof InvitationError)) throw err;
      v.form.errors.email = c.get("t")(err.message);
      return showManage(c, network, { inviteForm: v.form }, err.status);
    }
  });

  r.post("/networks/:slug/invitations/:id/revoke", ...coordinating("invite"), async (c) => {
    const actor = c.get("actor");
    const network = c.get("network");
    try {
      await revokeInvitation(c.get("deps"), actor, network, c.req.param("id"));
    } catch (err) {
      if (!(err instanceof InvitationError)) throw err;
      return redirectWithFlash(c, `/networks/${network.slug}/manage`, { kind: "danger", key: err.message });
    }
    return redirectWithFlash(c, `/networks/${network.slug}/manage`, {
      kind: "success",
      key: "identity.invitations.revoked",
    });
  });

  return r;
}
