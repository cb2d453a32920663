-- AlterTable
ALTER TABLE "role_worksheet" ADD COLUMN     "guests_allowed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "join_code" TEXT;

-- AlterTable
ALTER TABLE "guest" ADD COLUMN     "worksheet_id" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "role_worksheet_join_code_key" ON "role_worksheet"("join_code");

-- CreateIndex
CREATE INDEX "guest_worksheet_id_idx" ON "guest"("worksheet_id");

-- AddForeignKey
ALTER TABLE "guest" ADD CONSTRAINT "guest_worksheet_id_fkey" FOREIGN KEY ("worksheet_id") REFERENCES "role_worksheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

