-- AlterTable
ALTER TABLE "role_answer" ADD COLUMN     "now_rung" "Rung";

-- AlterTable
ALTER TABLE "guest_answer" ADD COLUMN     "now_rung" "Rung";

