-- AlterTable
ALTER TABLE "agenda_item" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

