import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

/** The largest PostgreSQL `integer`, the type of every version column. */
const MAX_VERSION = 2_147_483_647;
const STALE = msg("field.staleVersion");

/**
 * The version an editor started from (optimistic concurrency), as a hidden
 * field posts it: a whole number from 1 up to what the column holds. Anything
 * else (1e308, 99999999999, -1, 1.5) is refused here, not by the database.
 */
export const versionSchema = z.coerce.number({ error: STALE }).int(STALE).min(1, STALE).max(MAX_VERSION, STALE);
