-- Issue 17 (guest load): the rate limit's consume and a guest's join each used an
-- interactive transaction (lock, count, write). Each is now one statement from the app
-- (lib/rate-limit/index.ts, lib/guests/join.ts), which takes the advisory lock first and then
-- counts through one of these VOLATILE functions: a volatile function's query takes a fresh
-- snapshot, so the count after the lock sees every write committed before it, exactly as the
-- transactions did. The unused `after_lock` argument ties the call to the lock's row, so the
-- planner cannot count before locking. No table changes (Prisma does not model functions).
-- Note: prisma migrate splits this file on semicolons, so the bodies are single statements.

CREATE OR REPLACE FUNCTION rate_limit_hits(p_bucket text, p_key text, p_since timestamp(3), after_lock text)
RETURNS integer LANGUAGE sql VOLATILE
AS 'SELECT count(*)::int FROM rate_limit_hit WHERE bucket = p_bucket AND key = p_key AND created_at > p_since';

CREATE OR REPLACE FUNCTION guest_count(p_session_id text, after_lock text)
RETURNS integer LANGUAGE sql VOLATILE
AS 'SELECT count(*)::int FROM guest WHERE session_id = p_session_id';
