// Run by `npm start` after the migrations (reads DATABASE_URL from the runner):
// always brings the shipped reference-library cards up to prisma/library/cards.json;
// with --demo also seeds the demo gemeente (into an empty database).
import { createPrismaClient } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed-demo";
import { readShippedCards } from "@/lib/library/cards-file";
import { syncShippedCards } from "@/lib/library/sync";
import { backfillPublications } from "@/lib/worksheets/publication";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const client = createPrismaClient(url);
try {
  const { added, updated } = await syncShippedCards(client, readShippedCards());
  if (added + updated > 0) console.log(`[start] Reference library: ${added} cards added, ${updated} updated.`);
  const published = await backfillPublications(client);
  if (published > 0) console.log(`[start] Published the results of ${published} anonymous worksheets closed before publication existed.`);
  if (process.argv.includes("--demo")) await seedDemo(client);
} finally {
  await client.$disconnect();
}
