-- AlterTable
ALTER TABLE "role_worksheet" ADD COLUMN     "evaluation_moment_id" TEXT,
ADD COLUMN     "repeat_of_id" TEXT,
ALTER COLUMN "session_id" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "role_worksheet_repeat_of_id_evaluation_moment_id_key" ON "role_worksheet"("repeat_of_id", "evaluation_moment_id");

-- AddForeignKey
ALTER TABLE "role_worksheet" ADD CONSTRAINT "role_worksheet_repeat_of_id_fkey" FOREIGN KEY ("repeat_of_id") REFERENCES "role_worksheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A worksheet is a session's own or a herhaling of one (with the moment it repeats at), never both or neither.
ALTER TABLE "role_worksheet" ADD CONSTRAINT "role_worksheet_session_or_repeat" CHECK (
  ("session_id" IS NOT NULL AND "repeat_of_id" IS NULL AND "evaluation_moment_id" IS NULL)
  OR ("session_id" IS NULL AND "repeat_of_id" IS NOT NULL AND "evaluation_moment_id" IS NOT NULL)
);
