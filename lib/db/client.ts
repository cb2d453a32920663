import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Creates a Prisma client on the pg driver adapter (no native engine needed). */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

/**
 * The process's one client: its pool and its query compiler (WebAssembly, with its own
 * memory) exist once, whether the app's pages (lib/db) or the inline job worker
 * (instrumentation.ts) ask first. Kept on globalThis, so the instrumentation bundle and
 * the app's server bundles share it, and dev-mode hot reloads do not open new pools.
 */
export function sharedPrismaClient(connectionString: string): PrismaClient {
  const holder = globalThis as unknown as { beraadDb?: PrismaClient };
  holder.beraadDb ??= createPrismaClient(connectionString);
  return holder.beraadDb;
}

export type { PrismaClient };
