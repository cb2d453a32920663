-- The council's cycle says beeldvormend, oordeelsvormend, besluitvormend: the
-- phase MENINGVORMING is renamed in place (existing agenda items keep their
-- phase, no table rewrite). Prisma's diff would recreate the type and fail on
-- rows that still hold the old value.
ALTER TYPE "AgendaPhase" RENAME VALUE 'MENINGVORMING' TO 'OORDEELSVORMING';

-- Links to the council's information system (iBabs, Notubiz, GO), "" means none.
ALTER TABLE "council_session" ADD COLUMN "ris_url" TEXT NOT NULL DEFAULT '';
ALTER TABLE "agenda_item" ADD COLUMN "ris_url" TEXT NOT NULL DEFAULT '';

-- The gemeente's Open Raadsinformatie-compatible API (set by a beheerder), "" means no lookup.
ALTER TABLE "gemeente" ADD COLUMN "ori_base_url" TEXT NOT NULL DEFAULT '';
