-- The guest cap of a session counts the guests of its live phase only: a herhaling's guests
-- (guest.worksheet_id set, migration 20261130121025) count against the herhaling's own cap
-- (lib/guests/repeats.ts). Same signature as in 20261130124500, used by lib/guests/join.ts.

CREATE OR REPLACE FUNCTION guest_count(p_session_id text, after_lock text)
RETURNS integer LANGUAGE sql VOLATILE
AS 'SELECT count(*)::int FROM guest WHERE session_id = p_session_id AND worksheet_id IS NULL';
