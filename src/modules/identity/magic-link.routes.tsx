// Sign-in with a link sent by email.
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { emailRequestRoutes, linkConfirmRoutes, signInAndGo } from "./email-links.http.tsx";
import { requestMagicLink, signInWithLink } from "./magic-link.service.ts";

export function magicLinkRoutes() {
  const r = new Hono<AppEnv>();

  emailRequestRoutes(r, {
    path: "/sign-in/link",
    texts: "identity.magic",
    links: (t) => [{ href: "/sign-in", label: t("identity.magic.withPassword") }],
    send: requestMagicLink,
    checkMail: ["identity.checkMail.magic", "identity.checkMail.spam"],
  });

  linkConfirmRoutes(r, "magic-link", signInWithLink, signInAndGo("/me", "identity.signIn.welcome"), (c) => ({
    href: "/sign-in/link",
    label: c.get("t")("identity.magic.again"),
  }));

  return r;
}
