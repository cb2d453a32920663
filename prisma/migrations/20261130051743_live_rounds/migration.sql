-- CreateEnum
CREATE TYPE "LiveRound" AS ENUM ('NU', 'GEWENST', 'CASUS');

-- AlterTable
ALTER TABLE "council_session" ADD COLUMN     "live_item_id" TEXT,
ADD COLUMN     "live_round" "LiveRound";

-- AlterTable
ALTER TABLE "agenda_item" ADD COLUMN     "skipped" BOOLEAN NOT NULL DEFAULT false;

