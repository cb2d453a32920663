import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "./client";

// One client per process, created on first use (next build loads modules without
// a database). Kept on globalThis so dev-mode hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { beraadDb?: PrismaClient };

export function db(): PrismaClient {
  globalForDb.beraadDb ??= createPrismaClient(env().DATABASE_URL);
  return globalForDb.beraadDb;
}

export type { Prisma } from "@/lib/generated/prisma/client";
export { Role } from "@/lib/generated/prisma/enums";
