import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Runs `read` with the app's database client (lib/db) swapped for one that logs
 * Prisma's query events, and returns the SQL statements it sent: the same count
 * the bench reads from pg_stat_statements, but per call and deterministic.
 */
export async function statementsOf<T>(read: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const holder = globalThis as unknown as { beraadDb?: PrismaClient };
  const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }), log: [{ emit: "event", level: "query" }] });
  const statements: string[] = [];
  counting.$on("query", (e) => statements.push(e.query));
  const before = holder.beraadDb;
  holder.beraadDb = counting;
  try {
    return { result: await read(), statements };
  } finally {
    holder.beraadDb = before;
    await counting.$disconnect();
  }
}
