// OpenID Connect sign-in (authorization code flow with PKCE, state and nonce) with openid-client 6.
// An identity (issuer and subject) linked to an account signs that account in. Otherwise only an email
// the provider says it has verified counts (an unverified claim could be anyone's address, so it is
// refused): a new address gets a new account, linked at once; an address that already has an account
// gets a mailed confirmation first (oidc-link.service.ts), since the provider's word alone must not
// open an existing account.
import type * as Oidc from "openid-client";
import type { Deps } from "../../platform/deps.ts";
import { AppError } from "../../platform/errors.ts";
import { outboundFetch } from "../../platform/http/outbound.ts";
import { findAccountByEmail } from "./accounts.repo.ts";
import { createAccount } from "./accounts.service.ts";
import { findLinkedAccountId, linkIdentity } from "./oidc.repo.ts";
import { requestOidcLink } from "./oidc-link.service.ts";

export const OIDC_CALLBACK_PATH = "/sign-in/oidc/callback";

/** Refusals carry catalogue keys (messages.oidc.ts) so the sign-in page can show them. */
export class OidcError extends AppError {}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** Plain-HTTP issuers are allowed only on this machine (a local test provider), never elsewhere. */
export const isLoopbackIssuer = (issuer: string): boolean => LOOPBACK.has(new URL(issuer).hostname);

// openid-client is loaded the first time someone signs in with OIDC, not at start: an instance
// without OIDC_ISSUER never needs it.
let library: Promise<typeof Oidc> | undefined;
const openidClient = () => {
  library ??= import("openid-client");
  return library;
};

// Every request to the provider (discovery, keys, token, userinfo) goes through the guarded outbound
// fetch (decision 0025): its timeout, size limit and User-Agent, redirects checked. The issuer's host
// is one the operator configured, so it may be on the intranet (OUTBOUND_ALLOW_PRIVATE or not);
// endpoints on other hosts are checked as any outbound request.
const providerFetch =
  (deps: Deps, issuer: string): Oidc.CustomFetch =>
  (url, { body, ...options }) => {
    if (body instanceof ReadableStream)
      throw new Error("streamed request bodies are not sent to the provider");
    return outboundFetch(deps.config, url, { ...options, body, trustedHosts: [new URL(issuer).hostname] });
  };

// Discovery once per configuration; a failure is not cached, so a provider that was down is retried.
const discovered = new WeakMap<object, Promise<Oidc.Configuration>>();

async function configuration(deps: Deps): Promise<{ oidc: typeof Oidc; config: Oidc.Configuration }> {
  const settings = deps.config.oidc;
  if (!settings) throw new AppError(404, "not-found", "errors.notFound");
  const oidc = await openidClient();
  let found = discovered.get(settings);
  if (!found) {
    found = oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        [oidc.customFetch]: providerFetch(deps, settings.issuer),
        ...(isLoopbackIssuer(settings.issuer) ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((err: unknown) => {
        discovered.delete(settings);
        deps.log.warn({ err, issuer: settings.issuer }, "OpenID Connect discovery failed");
        throw new OidcError(503, "oidc-unavailable", "identity.oidc.unavailable");
      });
    discovered.set(settings, found);
  }
  return { oidc, config: await found };
}

export const callbackUrl = (deps: Deps) => new URL(OIDC_CALLBACK_PATH, deps.config.baseUrl);

/** What the browser keeps (signed, httpOnly) between leaving for the provider and coming back. */
export type OidcPending = { state: string; nonce: string; verifier: string; next: string };

export async function beginOidc(deps: Deps, next: string): Promise<{ url: URL; pending: OidcPending }> {
  const { oidc, config } = await configuration(deps);
  const pending: OidcPending = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    next,
  };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(deps).href,
    scope: "openid email profile",
    response_type: "code",
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: "S256",
  });
  return { url, pending };
}

export type OidcIdentity = {
  issuer: string;
  subject: string;
  email: string;
  emailVerified: boolean;
  name: string | undefined;
};

/**
 * Exchanges the code from the provider's redirect (checking state, nonce and PKCE) and reads the
 * person's email, email_verified and name, from the ID token or else from the userinfo endpoint
 * (many providers put profile claims only there).
 */
export async function completeOidc(deps: Deps, current: URL, pending: OidcPending): Promise<OidcIdentity> {
  const { oidc, config } = await configuration(deps);
  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      pkceCodeVerifier: pending.verifier,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error("no ID token");
    claims = { ...idClaims };
    if (typeof claims.email !== "string") {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = {
        ...info,
        ...idClaims,
        email: info.email,
        email_verified: info.email_verified,
        name: info.name,
      };
    }
  } catch (err) {
    // The provider said no (access denied), the state or nonce does not match, the code was used
    // already: the person gets a clear message and can start again; details go to the log.
    deps.log.warn({ err }, "OpenID Connect sign-in failed");
    throw new OidcError(400, "oidc-failed", "identity.oidc.failed");
  }
  if (typeof claims.email !== "string" || !claims.email.includes("@")) {
    throw new OidcError(422, "oidc-no-email", "identity.oidc.noEmail");
  }
  return {
    issuer: String(claims.iss),
    subject: String(claims.sub),
    email: claims.email.trim(),
    // Some providers send "true" as a string; anything else is not a verification.
    emailVerified: claims.email_verified === true || claims.email_verified === "true",
    name: typeof claims.name === "string" && claims.name.trim() ? claims.name.trim() : undefined,
  };
}

export type OidcOutcome =
  | { kind: "signed-in"; accountId: string; created: boolean }
  | { kind: "confirm-by-mail"; email: string };

/**
 * What an identity from the provider leads to: the account it is linked to; else, for a verified
 * email, a new account (linked at once), or, when an account already has that email, a confirmation
 * mailed to it (the person is not signed in until they open it). `next` is where the confirmation
 * leads afterwards.
 */
export async function accountForOidc(
  deps: Deps,
  who: OidcIdentity,
  language: "it" | "en",
  next = "/",
): Promise<OidcOutcome> {
  const linked = await findLinkedAccountId(deps.db, who.issuer, who.subject);
  if (linked) return { kind: "signed-in", accountId: linked, created: false };
  if (!who.emailVerified) throw new OidcError(403, "oidc-email-unverified", "identity.oidc.unverified");
  const existing = await findAccountByEmail(deps.db, who.email);
  if (existing) {
    await requestOidcLink(deps, existing, who, next);
    return { kind: "confirm-by-mail", email: existing.email };
  }
  const name = who.name ?? who.email.split("@")[0]!;
  const { id } = await createAccount(deps, { email: who.email, name, language, verified: true });
  await linkIdentity(deps.db, {
    issuer: who.issuer,
    subject: who.subject,
    accountId: id,
    now: deps.clock.now(),
  });
  return { kind: "signed-in", accountId: id, created: true };
}
