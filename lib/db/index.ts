import "server-only";
import { env } from "@/lib/env";
import { sharedPrismaClient, type PrismaClient } from "./client";

// One client per process, created on first use (next build loads modules without
// a database), shared with the inline job worker (lib/db/client.ts#sharedPrismaClient).
export function db(): PrismaClient {
  return sharedPrismaClient(env().DATABASE_URL);
}

export type { Prisma } from "@/lib/generated/prisma/client";
export { Role } from "@/lib/generated/prisma/enums";
