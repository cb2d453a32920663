// Run by scripts/retention.mjs (`npm run retention`) with DATABASE_URL set.
import { createPrismaClient } from "@/lib/db/client";
import { applyRetention } from "@/lib/privacy/retention-core";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const client = createPrismaClient(url);
try {
  const run = await applyRetention(client);
  console.log(`[beraad] Retention applied: answers of ${run.worksheets} worksheet(s) removed (${run.answersRemoved} answers); their results are kept as counts.`);
} finally {
  await client.$disconnect();
}
