// What a module tells the application about itself: its manifest. `src/app` mounts the manifests
// listed in app/modules.ts and nothing else names a module's pages, API, jobs or seeds (ARCHITECTURE.md
// "Layout"). Heavy parts are loaders (`() => import(…)`), so each role loads only what it runs: the
// worker loads jobs and event handlers, never pages; the web role loads pages and the API.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Hono } from "hono";
import type { Actor } from "./auth/index.ts";
import type { Db } from "./db/database.ts";
import type { Deps } from "./deps.ts";
import type { AppEnv } from "./http/context.ts";
import type { NotificationKind } from "./notifications.ts";
import type { Live } from "./realtime/types.ts";
import type { SlotFill, SlotName } from "./ui/slots.tsx";

type Loader<T> = () => Promise<T>;

/** The REST API (/api/v1) a module adds its routes to. */
export type ApiApp = OpenAPIHono<AppEnv>;

/** A link in the header's main navigation. */
export type NavigationEntry = {
  href: string;
  /** Message key of the label. */
  label: string;
  /** Place among all modules' entries (Home is 0). */
  order: number;
  /** Shown only to these people; everyone when absent. */
  visible?: (actor: Actor | null) => boolean;
};

/**
 * What a module holds about one person, for "download my data" and "delete my account" (GDPR
 * articles 15, 17 and 20). The account pages that call these across every manifest come with the
 * operations work (`app/personal-data.ts` is the one caller); each module answers for its own tables.
 */
export type PersonalDataHooks = {
  /**
   * Everything the module keeps about the person, as plain JSON (dates as ISO strings): one entry
   * of the person's download, under the module's name. Empty sections rather than absent ones, so
   * the person sees what kinds of data exist even when they have none.
   */
  export: (deps: Deps, accountId: string) => Promise<Record<string, unknown>>;
  /**
   * Deletes the person's data in `trx`, the one transaction of the account's deletion, so a failure
   * anywhere deletes nothing. What others still need stays without the person: counts, not names.
   */
  erase: (deps: Deps, trx: Db, accountId: string) => Promise<void>;
};

/** Demo accounts anyone may sign in with, all with one password. */
export type DemoAccounts = { password: string; accounts: { email: string; name: string; roles: string }[] };

export type ModuleManifest = {
  /** The module's folder name under src/modules. */
  name: string;
  /** The module's message catalogue (importing it registers its messages). Loaded by every role. */
  messages?: Loader<unknown>;
  /** HTML pages and forms, mounted at "/" in the order of app/modules.ts and then of this list. */
  pages?: Loader<Hono<AppEnv>[]>;
  /** Adds the module's /api/v1 routes (and their OpenAPI description). */
  api?: Loader<(api: ApiApp, deps: Deps) => void>;
  /** Registers the module's message types on /live. */
  live?: Loader<(live: Live, deps: Deps) => void>;
  /** Declares the module's jobs (defineJob at import time). Loaded by every role. */
  jobs?: Loader<unknown>;
  /**
   * Declares the module's event handlers (onEvent at import time, platform/events.ts). Loaded by every
   * role: an emitting process must know who is subscribed.
   */
  events?: Loader<unknown>;
  /**
   * Demo data, seeded in the order of app/modules.ts on an empty embedded database. A module that
   * creates sign-in accounts returns them, for the banner printed at start.
   */
  demo?: Loader<(deps: Deps) => Promise<DemoAccounts | undefined>>;
  navigation?: readonly NavigationEntry[];
  /**
   * What the module tells people about (platform/notifications.ts): each kind is delivered by a handler
   * of one of its domain events. Loaded by every role, as the event handlers are.
   */
  notifications?: Loader<readonly NotificationKind[]>;
  /** The person's data in this module: its export and its erasure. */
  personalData?: Loader<PersonalDataHooks>;
  /** Pieces of other modules' pages this module fills (platform/ui/slots.tsx). */
  slots?: { readonly [S in SlotName]?: SlotFill<S> };
};
