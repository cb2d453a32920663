-- CreateEnum
CREATE TYPE "GuestCaseStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "guest_case" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "guest_id" TEXT,
    "group" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "values" TEXT[],
    "status" "GuestCaseStatus" NOT NULL DEFAULT 'PENDING',
    "reviewed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "guest_case_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "guest_case_session_id_status_idx" ON "guest_case"("session_id", "status");

-- AddForeignKey
ALTER TABLE "guest_case" ADD CONSTRAINT "guest_case_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guest_case" ADD CONSTRAINT "guest_case_guest_id_fkey" FOREIGN KEY ("guest_id") REFERENCES "guest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

