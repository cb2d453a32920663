-- AlterTable
ALTER TABLE "council_session" ADD COLUMN     "shared_parts" TEXT[] DEFAULT ARRAY['ROOM_FOR_INPUT', 'PROGRAMME']::TEXT[];

