import pg from "pg";

/** Counts rows through a separate connection: the limit's state is in PostgreSQL, where every app instance sees it. */
export async function rowsSeenByAnotherInstance(bucket: string, key: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query("SELECT count(*)::int AS n FROM rate_limit_hit WHERE bucket = $1 AND key = $2", [bucket, key])).rows[0].n as number;
  } finally {
    await client.end();
  }
}
