-- AlterTable
ALTER TABLE "council_session" ADD COLUMN     "copied_from_id" TEXT,
ADD COLUMN     "template_name" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "preparation_step" ADD COLUMN     "prompt" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "session_template" (
    "id" TEXT NOT NULL,
    "gemeente_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "parts" TEXT[],
    "content" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_template_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "session_template_gemeente_id_idx" ON "session_template"("gemeente_id");

-- AddForeignKey
ALTER TABLE "council_session" ADD CONSTRAINT "council_session_copied_from_id_fkey" FOREIGN KEY ("copied_from_id") REFERENCES "council_session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_template" ADD CONSTRAINT "session_template_gemeente_id_fkey" FOREIGN KEY ("gemeente_id") REFERENCES "gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

