// A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1:<random>, for testing
// sign-in: one confidential client whose redirect URI is the app's callback, people whose claims the
// test controls, and a programmatic interaction that logs in whoever the test says is at the
// keyboard and grants the requested scopes (no HTML forms to scrape).
import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type ProviderPerson = { email?: string; email_verified?: boolean | string; name?: string };

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims by subject; edit freely between flows. */
  people: Map<string, ProviderPerson>;
  /** Each request the provider received: its path and User-Agent (browser's and app's alike). */
  requests: { path: string; userAgent: string | undefined }[];
  /** The subject the next interaction logs in. */
  loginAs(sub: string): void;
  /** The env for createTestRuntime. */
  env(label?: string): Record<string, string>;
  close(): Promise<void>;
};

export async function startOidcProvider(redirectUri: string): Promise<TestOidcProvider> {
  const people = new Map<string, ProviderPerson>();
  let current: string | undefined;
  const clientId = "bottega-test";
  const clientSecret = "bottega-test-secret-bottega-test-secret";

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["test-provider-cookie-key"] },
    // Own signing key and lifetimes, so the provider does not warn about its development defaults.
    jwks: {
      keys: [
        {
          ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }),
          use: "sig",
          alg: "RS256",
        },
      ],
    },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      if (!people.has(sub)) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...people.get(sub) }) };
    },
  });
  const handle = provider.callback();

  const requests: TestOidcProvider["requests"] = [];
  server.on("request", async (req, res) => {
    requests.push({ path: new URL(req.url ?? "/", issuer).pathname, userAgent: req.headers["user-agent"] });
    if (!req.url?.startsWith("/interaction/")) return handle(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (!current) throw new Error("loginAs() was not called");
      const grant = new provider.Grant({ accountId: current, clientId: details.params.client_id });
      grant.addOIDCScope(details.params.scope);
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: current }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (err) {
      res.statusCode = 500;
      res.end(String(err));
    }
  });

  return {
    issuer,
    clientId,
    clientSecret,
    people,
    requests,
    loginAs(sub) {
      current = sub;
    },
    env: (label = "Login di prova") => ({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_LABEL: label,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Follows redirects through the provider the way a browser would (with the provider's cookies kept
 * in its own jar), starting from a provider URL, until the provider sends the browser back to
 * `appOrigin`; answers that URL.
 */
export async function throughProvider(start: string, appOrigin: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(start);
  for (let hop = 0; hop < 15; hop++) {
    const res = await fetch(url, {
      redirect: "manual",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const location = res.headers.get("location");
    if (!location) throw new Error(`provider stopped at ${url} with ${res.status}: ${await res.text()}`);
    await res.body?.cancel();
    url = new URL(location, url);
    if (url.origin === appOrigin) return url;
  }
  throw new Error("too many redirects at the provider");
}
