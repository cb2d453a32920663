-- AlterTable
ALTER TABLE "council_session" ADD COLUMN     "ends_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "preparation_step" ADD COLUMN     "deadline" DATE,
ADD COLUMN     "owner_id" TEXT;

-- AddForeignKey
ALTER TABLE "preparation_step" ADD CONSTRAINT "preparation_step_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

