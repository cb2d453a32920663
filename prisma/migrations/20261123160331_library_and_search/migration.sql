-- Trigram matching for search (lib/search/search.ts), a trusted extension since PostgreSQL 13
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "LibraryAudience" AS ENUM ('BURGEMEESTER', 'WETHOUDER', 'GEMEENTESECRETARIS', 'RAADSLID', 'GRIFFIER');

-- CreateTable
CREATE TABLE "library_card" (
    "id" TEXT NOT NULL,
    "gemeente_id" TEXT,
    "key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "audiences" "LibraryAudience"[],
    "steps" INTEGER[],
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "points" TEXT[],
    "translations" JSONB NOT NULL DEFAULT '{}',
    "source_title" TEXT NOT NULL,
    "source_publisher" TEXT NOT NULL,
    "source_year" INTEGER,
    "source_url" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "library_card_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_card" (
    "session_id" TEXT NOT NULL,
    "card_id" TEXT NOT NULL,
    "attached_by_id" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "attached_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_card_pkey" PRIMARY KEY ("session_id","card_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "library_card_key_key" ON "library_card"("key");

-- CreateIndex
CREATE INDEX "library_card_gemeente_id_idx" ON "library_card"("gemeente_id");

-- CreateIndex
CREATE INDEX "session_card_card_id_idx" ON "session_card"("card_id");

-- AddForeignKey
ALTER TABLE "library_card" ADD CONSTRAINT "library_card_gemeente_id_fkey" FOREIGN KEY ("gemeente_id") REFERENCES "gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_card" ADD CONSTRAINT "session_card_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_card" ADD CONSTRAINT "session_card_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "library_card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_card" ADD CONSTRAINT "session_card_attached_by_id_fkey" FOREIGN KEY ("attached_by_id") REFERENCES "membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

