-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('OP_KOERS', 'BIJSTUREN', 'NIET_TE_BEOORDELEN');

-- CreateEnum
CREATE TYPE "CommitmentState" AS ENUM ('OPEN', 'AFGEDAAN');

-- AlterTable
ALTER TABLE "membership" ADD COLUMN     "fractie_id" TEXT;

-- AlterTable
ALTER TABLE "session_value" ADD COLUMN     "baseline" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "indicator_source" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "programme_name" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "programme_url" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "target" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "commitment" ADD COLUMN     "made_at" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "made_on" DATE,
ADD COLUMN     "settlement" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "case_tension" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "value_a_id" TEXT NOT NULL,
    "value_b_id" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_tension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "value_verdict" (
    "session_id" TEXT NOT NULL,
    "value_id" TEXT NOT NULL,
    "evaluation_moment_id" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "value_verdict_pkey" PRIMARY KEY ("session_id","value_id","evaluation_moment_id")
);

-- CreateTable
CREATE TABLE "fractie" (
    "id" TEXT NOT NULL,
    "gemeente_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fractie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fractie_ranking" (
    "session_id" TEXT NOT NULL,
    "fractie_id" TEXT NOT NULL,
    "value_id" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "fractie_ranking_pkey" PRIMARY KEY ("session_id","fractie_id","value_id")
);

-- CreateTable
CREATE TABLE "commitment_event" (
    "id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "state" "CommitmentState" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "actor_name" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "case_tension_value_a_id_idx" ON "case_tension"("value_a_id");

-- CreateIndex
CREATE INDEX "case_tension_value_b_id_idx" ON "case_tension"("value_b_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_tension_case_id_value_a_id_value_b_id_key" ON "case_tension"("case_id", "value_a_id", "value_b_id");

-- CreateIndex
CREATE UNIQUE INDEX "fractie_gemeente_id_name_key" ON "fractie"("gemeente_id", "name");

-- CreateIndex
CREATE INDEX "fractie_ranking_fractie_id_idx" ON "fractie_ranking"("fractie_id");

-- CreateIndex
CREATE INDEX "commitment_event_commitment_id_created_at_idx" ON "commitment_event"("commitment_id", "created_at");

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_fractie_id_fkey" FOREIGN KEY ("fractie_id") REFERENCES "fractie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_tension" ADD CONSTRAINT "case_tension_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_tension" ADD CONSTRAINT "case_tension_value_a_id_fkey" FOREIGN KEY ("value_a_id") REFERENCES "value"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_tension" ADD CONSTRAINT "case_tension_value_b_id_fkey" FOREIGN KEY ("value_b_id") REFERENCES "value"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "value_verdict" ADD CONSTRAINT "value_verdict_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "value_verdict" ADD CONSTRAINT "value_verdict_value_id_fkey" FOREIGN KEY ("value_id") REFERENCES "value"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fractie" ADD CONSTRAINT "fractie_gemeente_id_fkey" FOREIGN KEY ("gemeente_id") REFERENCES "gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fractie_ranking" ADD CONSTRAINT "fractie_ranking_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fractie_ranking" ADD CONSTRAINT "fractie_ranking_fractie_id_fkey" FOREIGN KEY ("fractie_id") REFERENCES "fractie"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fractie_ranking" ADD CONSTRAINT "fractie_ranking_value_id_fkey" FOREIGN KEY ("value_id") REFERENCES "value"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_event" ADD CONSTRAINT "commitment_event_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- History for commitments made before it was kept: made when created, settled when done.
INSERT INTO "commitment_event" ("id", "commitment_id", "state", "created_at")
SELECT gen_random_uuid()::text, "id", 'OPEN', "created_at" FROM "commitment";
INSERT INTO "commitment_event" ("id", "commitment_id", "state", "created_at")
SELECT gen_random_uuid()::text, "id", 'AFGEDAAN', "done_at" FROM "commitment" WHERE "done_at" IS NOT NULL;
