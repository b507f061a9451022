// Configuration: read from the environment once, validated, frozen. A bad value stops the
// process with a message that names the variable (ARCHITECTURE habit 8).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  BASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres://")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis://")
    .optional(),
  SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SECRET_VERSION: z.coerce.number().int().min(1).max(9999).default(1),
  SECRET_PREVIOUS: z.string().min(32, "must be at least 32 characters").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Bottega <noreply@localhost>"),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_LABEL: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY: z.string().min(1).optional(),
  S3_SECRET_KEY: z.string().min(1).optional(),
  TIME_ZONE: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone such as Europe/Rome")
    .default("Europe/Rome"),
  TRUST_PROXY: z
    .string()
    .transform((v, ctx): TrustProxy => {
      const s = v.trim().toLowerCase();
      if (["false", "no", "0"].includes(s)) return false;
      if (["true", "yes"].includes(s)) return 1;
      if (/^\d+$/.test(s) && Number(s) <= 10) return Number(s);
      const list = s.split(",").map((a) => a.trim());
      if (list.every((a) => isIP(a) !== 0)) return list;
      ctx.addIssue({
        code: "custom",
        message:
          "must be false, true (one proxy), a number of proxies (1-10) or a comma-separated list of proxy IP addresses",
      });
      return z.NEVER;
    })
    .default(false),
  BOTTEGA_DEMO: bool.optional(),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  OUTBOUND_ALLOW_PRIVATE: bool.default(false),
});

export type Config = Readonly<{
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  secret: string;
  /** The version new seals are made under (crypto/sealed.ts); raised by one when SECRET changes. */
  secretVersion: number;
  /** The SECRET of version `secretVersion - 1`: what was sealed under it still opens. */
  secretPrevious: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined; label: string } | undefined;
  s3:
    | { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string }
    | undefined;
  timeZone: string;
  trustProxy: TrustProxy;
  demo: boolean | undefined;
  /** /metrics on the public port answers only with `Authorization: Bearer <metricsToken>`. */
  metricsToken: string | undefined;
  /** A second listener on 127.0.0.1 that serves /metrics alone, without a token. */
  metricsPort: number | undefined;
  logLevel: string;
  /** Outbound requests (http/outbound.ts) may reach private, loopback and link-local addresses. */
  outboundAllowPrivate: boolean;
}>;

/**
 * Which X-Forwarded-For hops to believe: none, the N nearest proxies, or those from these addresses.
 * See platform/http/client-ip.ts.
 */
export type TrustProxy = false | number | readonly string[];

export class ConfigError extends Error {}

/** Parses the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "not set": shells and .env files often leave VAR= behind.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.DATABASE_URL && !e.SECRET) {
    throw new ConfigError("Invalid configuration:\n  SECRET: required when DATABASE_URL is set");
  }
  if (e.OIDC_ISSUER && !e.OIDC_CLIENT_ID) {
    throw new ConfigError("Invalid configuration:\n  OIDC_CLIENT_ID: required when OIDC_ISSUER is set");
  }
  const s3Keys = [e.S3_ENDPOINT, e.S3_BUCKET, e.S3_ACCESS_KEY, e.S3_SECRET_KEY];
  if (s3Keys.some(Boolean) && !s3Keys.every(Boolean)) {
    throw new ConfigError(
      "Invalid configuration:\n  S3_*: S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY and S3_SECRET_KEY go together",
    );
  }
  if (e.METRICS_PORT !== undefined && e.METRICS_PORT === e.PORT) {
    throw new ConfigError("Invalid configuration:\n  METRICS_PORT: must differ from PORT");
  }
  if (e.SECRET_PREVIOUS && e.SECRET_VERSION < 2) {
    throw new ConfigError(
      "Invalid configuration:\n  SECRET_VERSION: must be 2 or more with SECRET_PREVIOUS (the previous version's secret)",
    );
  }
  const dataDir = path.resolve(e.DATA_DIR);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    dataDir,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    secret: e.SECRET ?? embeddedSecret(dataDir),
    secretVersion: e.SECRET_VERSION,
    secretPrevious: e.SECRET_PREVIOUS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID!,
          clientSecret: e.OIDC_CLIENT_SECRET,
          label: e.OIDC_LABEL ?? "OpenID Connect",
        }
      : undefined,
    s3: e.S3_ENDPOINT
      ? {
          endpoint: e.S3_ENDPOINT,
          bucket: e.S3_BUCKET!,
          region: e.S3_REGION,
          accessKeyId: e.S3_ACCESS_KEY!,
          secretAccessKey: e.S3_SECRET_KEY!,
        }
      : undefined,
    timeZone: e.TIME_ZONE,
    trustProxy: e.TRUST_PROXY,
    demo: e.BOTTEGA_DEMO,
    metricsToken: e.METRICS_TOKEN,
    metricsPort: e.METRICS_PORT,
    logLevel: e.LOG_LEVEL,
    outboundAllowPrivate: e.OUTBOUND_ALLOW_PRIVATE,
  });
}

/** On the embedded database the secret is generated once and kept beside the data. */
function embeddedSecret(dataDir: string): string {
  const file = path.join(dataDir, "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
