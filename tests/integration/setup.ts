import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/db";

// Each test file starts from an empty database (files run one at a time).
beforeAll(async () => {
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length > 0) {
    await db().$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
  }
});

afterAll(async () => {
  await db().$disconnect();
});
