-- AlterTable
ALTER TABLE "gemeente" ADD COLUMN     "answer_retention_months" INTEGER;

-- AlterTable
ALTER TABLE "role_worksheet" ADD COLUMN     "answers_purged_at" TIMESTAMP(3),
ADD COLUMN     "detached_respondents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "results_snapshot" JSONB;

-- AlterTable
ALTER TABLE "role_answer" ALTER COLUMN "membership_id" DROP NOT NULL;

