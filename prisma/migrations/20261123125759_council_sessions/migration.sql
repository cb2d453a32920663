-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('CONCEPT', 'VOORBEREID', 'LIVE', 'AFGEROND', 'GEEVALUEERD');

-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('OPEN', 'BEZIG', 'KLAAR', 'NVT');

-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('FACILITATOR', 'RAADSLID');

-- CreateEnum
CREATE TYPE "AgendaPhase" AS ENUM ('BEELDVORMING', 'MENINGVORMING', 'BESLUITVORMING');

-- CreateTable
CREATE TABLE "council_session" (
    "id" TEXT NOT NULL,
    "gemeente_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'CONCEPT',
    "archived_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "council_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_participant" (
    "session_id" TEXT NOT NULL,
    "membership_id" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,

    CONSTRAINT "session_participant_pkey" PRIMARY KEY ("session_id","membership_id","kind")
);

-- CreateTable
CREATE TABLE "preparation_step" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "StepStatus" NOT NULL DEFAULT 'OPEN',
    "nvt_reason" TEXT NOT NULL DEFAULT '',
    "data" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "updated_by_id" TEXT,

    CONSTRAINT "preparation_step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_item" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "phase" "AgendaPhase" NOT NULL,
    "work_method" TEXT NOT NULL,
    "goal" TEXT NOT NULL,
    "duration_minutes" INTEGER NOT NULL,

    CONSTRAINT "agenda_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "council_session_gemeente_id_archived_at_starts_at_idx" ON "council_session"("gemeente_id", "archived_at", "starts_at");

-- CreateIndex
CREATE INDEX "session_participant_membership_id_idx" ON "session_participant"("membership_id");

-- CreateIndex
CREATE UNIQUE INDEX "preparation_step_session_id_number_key" ON "preparation_step"("session_id", "number");

-- CreateIndex
CREATE INDEX "agenda_item_session_id_position_idx" ON "agenda_item"("session_id", "position");

-- AddForeignKey
ALTER TABLE "council_session" ADD CONSTRAINT "council_session_gemeente_id_fkey" FOREIGN KEY ("gemeente_id") REFERENCES "gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_participant" ADD CONSTRAINT "session_participant_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_participant" ADD CONSTRAINT "session_participant_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "preparation_step" ADD CONSTRAINT "preparation_step_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "preparation_step" ADD CONSTRAINT "preparation_step_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

