-- AlterTable
ALTER TABLE "gemeente" ADD COLUMN     "anonymity_threshold" INTEGER NOT NULL DEFAULT 5;

-- AlterTable
ALTER TABLE "role_worksheet" ADD COLUMN     "published" JSONB;

-- AlterTable
ALTER TABLE "role_answer" ADD COLUMN     "unpublished" BOOLEAN NOT NULL DEFAULT true;


-- The minimum group size may not go below 3 (with 2, each could subtract their own answer).
ALTER TABLE "gemeente" ADD CONSTRAINT "gemeente_anonymity_threshold_min" CHECK ("anonymity_threshold" >= 3);
