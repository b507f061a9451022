// Every message of identity, registered by importing this file (the manifest's `messages`).
import "./messages.ts";
import "./messages.accounts.ts";
import "./messages.invitations.ts";
import "./messages.networks.ts";
import "./messages.oidc.ts";
import "./messages.tokens.ts";
import "./messages.me.ts";
