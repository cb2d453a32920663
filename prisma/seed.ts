// Seeds the demo gemeente. Run by `npm start` into an empty embedded database
// (or with --seed-demo); reads DATABASE_URL from the runner.
import { createPrismaClient } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed-demo";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const client = createPrismaClient(url);
try {
  await seedDemo(client);
} finally {
  await client.$disconnect();
}
