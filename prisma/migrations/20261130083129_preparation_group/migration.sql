-- CreateTable
CREATE TABLE "session_preparer" (
    "session_id" TEXT NOT NULL,
    "membership_id" TEXT NOT NULL,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_preparer_pkey" PRIMARY KEY ("session_id","membership_id")
);

-- CreateIndex
CREATE INDEX "session_preparer_membership_id_idx" ON "session_preparer"("membership_id");

-- AddForeignKey
ALTER TABLE "session_preparer" ADD CONSTRAINT "session_preparer_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_preparer" ADD CONSTRAINT "session_preparer_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

