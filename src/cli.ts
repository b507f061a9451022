// `bottega start | migrate | seed | admin` — the command line. People read stdout; problems go to
// stderr; exit 0 when all went well, 1 when something failed, 2 for bad usage (CONVENTIONS.md).
import { parseArgs } from "node:util";
import { demoBanner, isEmpty, seedDemo } from "./app/demo.ts";
import { openAppRuntime, type Runtime } from "./app/runtime.ts";
import { ROLES, type Role, startServer } from "./app/server.ts";
import { findAccountByEmail } from "./modules/identity/accounts.repo.ts";
import { createAccount } from "./modules/identity/accounts.service.ts";
import { createApiToken, DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from "./modules/identity/tokens.service.ts";
import { type Config, ConfigError, loadConfig } from "./platform/config.ts";
import { DataDirLockedError } from "./platform/db/data-dir-lock.ts";
import { PRIVATE_UMASK, restrictDataDir } from "./platform/db/data-dir-mode.ts";
import { AppError } from "./platform/errors.ts";
import { createLogger } from "./platform/logger.ts";

const USAGE = `Usage: bottega <command>

  start [--roles=web,live,worker]   run the server (all roles by default)
  migrate                           apply pending database migrations
  seed --demo [--force]             load the demo networks, organisations and people
  admin create-user --email E --name N [--admin] [--password P]
  admin token --email E [--name LABEL] [--days N] [--read-only]
                                    print a new personal access token, alone
                                    (valid N days, 1 to 365, default 90)
  import practices FILE --network SLUG [--draft]
                                    import practices from CSV or JSON Lines into a network
`;

class UsageError extends Error {}

async function withRuntime<T>(config: Config, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  // CLI commands log only warnings: their stdout is for people (and for `admin token`, for scripts).
  const rt = await openAppRuntime(
    config,
    createLogger(config.logLevel === "info" ? "warn" : config.logLevel),
    {
      shareRunningServer: true,
    },
  );
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // Everything Bottega writes (the embedded database, mails with sign-in links, uploads, the secret) is
  // for its own account only; what an earlier start left open to others is closed before anything runs.
  process.umask(PRIVATE_UMASK);
  const config = loadConfig();
  restrictDataDir(config.dataDir);
  switch (command) {
    case "start": {
      const { values } = parseArgs({ args: rest, options: { roles: { type: "string" } } });
      const roles = (values.roles ?? ROLES.join(",")).split(",").map((r) => r.trim()) as Role[];
      const bad = roles.filter((r) => !ROLES.includes(r));
      if (bad.length) throw new UsageError(`Unknown role(s): ${bad.join(", ")}. Roles: ${ROLES.join(", ")}.`);
      await startServer(config, createLogger(config.logLevel), roles);
      return -1; // keep running
    }
    case "migrate":
      await withRuntime(config, async () => {
        process.stdout.write("Database is up to date.\n");
      });
      return 0;
    case "seed": {
      const { values } = parseArgs({
        args: rest,
        options: { demo: { type: "boolean" }, force: { type: "boolean" } },
      });
      if (!values.demo) throw new UsageError("seed needs --demo");
      return withRuntime(config, async ({ deps }) => {
        if (!values.force && !(await isEmpty(deps))) {
          process.stderr.write(
            "The database already has accounts; demo data not loaded (use --force to add it anyway).\n",
          );
          return 1;
        }
        process.stdout.write(demoBanner(await seedDemo(deps), config.baseUrl));
        return 0;
      });
    }
    case "admin":
      return admin(config, rest);
    case "import": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { network: { type: "string" }, draft: { type: "boolean" } },
      });
      const [what, file] = positionals;
      if (what !== "practices" || !file || !values.network || positionals.length > 2)
        throw new UsageError("import needs: practices FILE --network SLUG [--draft]");
      const { importPracticesCommand } = await import("./modules/practices/import/cli.ts");
      return withRuntime(config, ({ deps }) =>
        importPracticesCommand(deps, { file, network: values.network!, draft: values.draft ?? false }),
      );
    }
    case undefined:
    case "help":
    case "--help":
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    default:
      throw new UsageError(`Unknown command: ${command}`);
  }
}

async function admin(config: Config, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "create-user") {
    const { values } = parseArgs({
      args: rest,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        admin: { type: "boolean" },
        password: { type: "string" },
      },
    });
    if (!values.email || !values.name) throw new UsageError("create-user needs --email and --name");
    return withRuntime(config, async ({ deps }) => {
      const { id } = await createAccount(deps, {
        email: values.email!,
        name: values.name!,
        password: values.password,
        verified: true,
        isAdmin: values.admin ?? false,
      });
      process.stdout.write(`Created ${values.admin ? "admin " : ""}account ${values.email} (${id}).\n`);
      if (!values.password)
        process.stdout.write("No password set: sign in with a magic link or reset the password.\n");
      return 0;
    });
  }
  if (sub === "token") {
    const { values } = parseArgs({
      args: rest,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        days: { type: "string" },
        "read-only": { type: "boolean" },
      },
    });
    if (!values.email) throw new UsageError("token needs --email");
    const days = values.days === undefined ? DEFAULT_TOKEN_DAYS : Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
      throw new UsageError(`--days must be a whole number from 1 to ${MAX_TOKEN_DAYS}`);
    return withRuntime(config, async ({ deps }) => {
      const account = await findAccountByEmail(deps.db, values.email!);
      if (!account) {
        process.stderr.write(`No account with email ${values.email}.\n`);
        return 1;
      }
      const { token } = await createApiToken(deps, account.id, {
        name: values.name ?? "CLI",
        days,
        readOnly: values["read-only"] ?? false,
      });
      process.stdout.write(`${token}\n`);
      return 0;
    });
  }
  throw new UsageError(`Unknown admin command: ${sub ?? "(none)"}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (err instanceof ConfigError || err instanceof DataDirLockedError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    if (err instanceof AppError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
