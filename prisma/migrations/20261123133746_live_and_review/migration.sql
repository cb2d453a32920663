-- AlterTable
ALTER TABLE "council_session" ADD COLUMN     "join_code" TEXT,
ADD COLUMN     "review_agreements" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "review_next_steps" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "review_stood_out" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "review_version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "council_session_join_code_key" ON "council_session"("join_code");

