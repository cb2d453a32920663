-- CreateEnum
CREATE TYPE "Rung" AS ENUM ('REGULEREN', 'REGISSEREN', 'STIMULEREN', 'FACILITEREN', 'LOSLATEN');

-- CreateEnum
CREATE TYPE "WorksheetState" AS ENUM ('CONCEPT', 'OPEN', 'GESLOTEN');

-- CreateTable
CREATE TABLE "role_worksheet" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "state" "WorksheetState" NOT NULL DEFAULT 'CONCEPT',
    "anonymous" BOOLEAN NOT NULL DEFAULT true,
    "question" TEXT NOT NULL DEFAULT '',
    "results_released" BOOLEAN NOT NULL DEFAULT false,
    "opened_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "role_worksheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "worksheet_actor" (
    "id" TEXT NOT NULL,
    "worksheet_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "worksheet_actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role_answer" (
    "id" TEXT NOT NULL,
    "worksheet_id" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "membership_id" TEXT NOT NULL,
    "rung" "Rung" NOT NULL,
    "motivation" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "role_answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "value" (
    "id" TEXT NOT NULL,
    "gemeente_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "value_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "author_id" TEXT,
    "description" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_value" (
    "case_id" TEXT NOT NULL,
    "value_id" TEXT NOT NULL,

    CONSTRAINT "case_value_pkey" PRIMARY KEY ("case_id","value_id")
);

-- CreateTable
CREATE TABLE "session_value" (
    "session_id" TEXT NOT NULL,
    "value_id" TEXT NOT NULL,
    "indicator" TEXT NOT NULL DEFAULT '',
    "evaluation_moment_id" TEXT,

    CONSTRAINT "session_value_pkey" PRIMARY KEY ("session_id","value_id")
);

-- CreateTable
CREATE TABLE "commitment" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "who" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "to_whom" TEXT NOT NULL DEFAULT '',
    "due_date" DATE NOT NULL,
    "done_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "role_worksheet_session_id_key" ON "role_worksheet"("session_id");

-- CreateIndex
CREATE UNIQUE INDEX "worksheet_actor_worksheet_id_key_key" ON "worksheet_actor"("worksheet_id", "key");

-- CreateIndex
CREATE INDEX "role_answer_worksheet_id_idx" ON "role_answer"("worksheet_id");

-- CreateIndex
CREATE UNIQUE INDEX "role_answer_actor_id_membership_id_key" ON "role_answer"("actor_id", "membership_id");

-- CreateIndex
CREATE UNIQUE INDEX "value_gemeente_id_name_key" ON "value"("gemeente_id", "name");

-- CreateIndex
CREATE INDEX "case_session_id_idx" ON "case"("session_id");

-- CreateIndex
CREATE INDEX "commitment_session_id_idx" ON "commitment"("session_id");

-- CreateIndex
CREATE INDEX "commitment_due_date_idx" ON "commitment"("due_date");

-- AddForeignKey
ALTER TABLE "role_worksheet" ADD CONSTRAINT "role_worksheet_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "worksheet_actor" ADD CONSTRAINT "worksheet_actor_worksheet_id_fkey" FOREIGN KEY ("worksheet_id") REFERENCES "role_worksheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_answer" ADD CONSTRAINT "role_answer_worksheet_id_fkey" FOREIGN KEY ("worksheet_id") REFERENCES "role_worksheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_answer" ADD CONSTRAINT "role_answer_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "worksheet_actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_answer" ADD CONSTRAINT "role_answer_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "value" ADD CONSTRAINT "value_gemeente_id_fkey" FOREIGN KEY ("gemeente_id") REFERENCES "gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case" ADD CONSTRAINT "case_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case" ADD CONSTRAINT "case_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_value" ADD CONSTRAINT "case_value_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_value" ADD CONSTRAINT "case_value_value_id_fkey" FOREIGN KEY ("value_id") REFERENCES "value"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_value" ADD CONSTRAINT "session_value_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_value" ADD CONSTRAINT "session_value_value_id_fkey" FOREIGN KEY ("value_id") REFERENCES "value"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

