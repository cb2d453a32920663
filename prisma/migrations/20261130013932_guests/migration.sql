-- AlterTable
ALTER TABLE "council_session" ADD COLUMN     "guest_cap" INTEGER NOT NULL DEFAULT 500,
ADD COLUMN     "guest_groups" TEXT[] DEFAULT ARRAY['Inwoners', 'Maatschappelijke partners', 'Ambtenaren', 'College', 'Burgerleden']::TEXT[],
ADD COLUMN     "guests_allowed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "role_worksheet" ADD COLUMN     "guest_published" JSONB;

-- CreateTable
CREATE TABLE "guest" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "nickname" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "guest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "guest_answer" (
    "id" TEXT NOT NULL,
    "worksheet_id" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "guest_id" TEXT,
    "group" TEXT NOT NULL,
    "rung" "Rung" NOT NULL,
    "motivation" TEXT NOT NULL DEFAULT '',
    "unpublished" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "guest_answer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "guest_session_id_idx" ON "guest"("session_id");

-- CreateIndex
CREATE INDEX "guest_answer_worksheet_id_idx" ON "guest_answer"("worksheet_id");

-- CreateIndex
CREATE UNIQUE INDEX "guest_answer_actor_id_guest_id_key" ON "guest_answer"("actor_id", "guest_id");

-- AddForeignKey
ALTER TABLE "guest" ADD CONSTRAINT "guest_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guest_answer" ADD CONSTRAINT "guest_answer_worksheet_id_fkey" FOREIGN KEY ("worksheet_id") REFERENCES "role_worksheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guest_answer" ADD CONSTRAINT "guest_answer_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "worksheet_actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guest_answer" ADD CONSTRAINT "guest_answer_guest_id_fkey" FOREIGN KEY ("guest_id") REFERENCES "guest"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A cap the form and the server check too (lib/validation/guests.ts).
ALTER TABLE "council_session" ADD CONSTRAINT "council_session_guest_cap_check" CHECK ("guest_cap" BETWEEN 1 AND 2000);
