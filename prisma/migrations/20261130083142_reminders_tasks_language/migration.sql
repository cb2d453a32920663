-- AlterTable
ALTER TABLE "user" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "council_session" ADD COLUMN     "case_deadline" DATE;

-- AlterTable
ALTER TABLE "session_card" ADD COLUMN     "for_reading" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "card_reading" (
    "session_id" TEXT NOT NULL,
    "card_id" TEXT NOT NULL,
    "membership_id" TEXT NOT NULL,
    "read_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "card_reading_pkey" PRIMARY KEY ("session_id","card_id","membership_id")
);

-- CreateIndex
CREATE INDEX "card_reading_membership_id_idx" ON "card_reading"("membership_id");

-- AddForeignKey
ALTER TABLE "card_reading" ADD CONSTRAINT "card_reading_session_id_card_id_fkey" FOREIGN KEY ("session_id", "card_id") REFERENCES "session_card"("session_id", "card_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_reading" ADD CONSTRAINT "card_reading_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

