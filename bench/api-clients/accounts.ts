// Accounts and personal access tokens for the hundred-participant client, made the way
// docs/api-clients.md tells an operator to ("Accounts and signing in", "Personal access tokens"):
// `npx bottega admin create-user` and `npx bottega admin token`, from the repository's directory with
// the server's environment. The REST API has no route that creates accounts, so this is the only
// documented way to get 100 of them without clicking through the site 100 times. Each call starts a
// process (seconds), so the tokens are kept in a file and made only once per database.
import { execFile } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type Account = { email: string; token: string };

/** `bin/bottega.mjs` is what `npx bottega` runs; calling it directly saves npm's own start-up. */
async function bottega(args: string[]): Promise<{ stdout: string; stderr: string; ok: boolean }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["bin/bottega.mjs", ...args], {
      env: process.env,
      timeout: 120_000,
    });
    return { stdout, stderr, ok: true };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { stdout: e.stdout ?? "", stderr: e.stderr ?? e.message, ok: false };
  }
}

/** A token for an account that may not exist yet (created without a password: it never signs in). */
async function tokenFor(email: string, name: string, create: boolean): Promise<string> {
  if (create) {
    const made = await bottega(["admin", "create-user", "--email", email, "--name", name]);
    // An account left by an earlier, interrupted run is fine: it only needs a new token.
    if (!made.ok && !/exists/i.test(made.stderr + made.stdout)) {
      throw new Error(`create-user ${email}: ${made.stderr.trim()}`);
    }
  }
  const token = await bottega(["admin", "token", "--email", email, "--name", "hundred (bench/api-clients)"]);
  const value = token.stdout.trim();
  if (!token.ok || !value.startsWith("bt_")) throw new Error(`token ${email}: ${token.stderr.trim()}`);
  return value;
}

function readFile(file: string): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(file)) return known;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [email, token] = line.split("\t");
    if (email && token) known.set(email, token);
  }
  return known;
}

export const personEmail = (i: number) => `hundred-${String(i + 1).padStart(3, "0")}@bench.example`;

/**
 * The facilitator's token and `people` participants' tokens, from `file` when it has them, else made
 * (`parallel` commands at a time) and appended to it.
 */
export async function accounts(
  file: string,
  facilitator: string,
  people: number,
  parallel = 4,
): Promise<{ facilitator: Account; people: Account[] }> {
  mkdirSync(dirname(file), { recursive: true });
  const known = readFile(file);
  const wanted = [facilitator, ...Array.from({ length: people }, (_, i) => personEmail(i))];
  const missing = wanted.filter((email) => !known.has(email));
  if (missing.length > 0) {
    console.log(`making ${missing.length} accounts/tokens with bin/bottega.mjs (once; kept in ${file})…`);
  }
  let done = 0;
  const worker = async () => {
    for (let email = missing.shift(); email; email = missing.shift()) {
      const isFacilitator = email === facilitator;
      const name = `Partecipante ${email.slice(8, 11)}`;
      const token = await tokenFor(email, name, !isFacilitator);
      appendFileSync(file, `${email}\t${token}\n`);
      known.set(email, token);
      if (++done % 10 === 0) console.log(`  ${done} tokens made`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const account = (email: string): Account => ({ email, token: known.get(email) ?? "" });
  return { facilitator: account(facilitator), people: wanted.slice(1).map(account) };
}
