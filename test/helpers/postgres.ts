// The address of another database on the same PostgreSQL server: the global setup, each test
// runtime and the migration tests create and drop their databases through it.

/** `databaseUrl` with its database name replaced (the server's `postgres` database by default). */
export function adminUrl(databaseUrl: string, database = "postgres"): string {
  const u = new URL(databaseUrl);
  u.pathname = `/${database}`;
  return u.toString();
}
