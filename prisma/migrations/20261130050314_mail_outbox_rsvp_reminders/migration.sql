-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "RsvpAnswer" AS ENUM ('KOMT', 'KOMT_NIET', 'MISSCHIEN');

-- AlterTable
ALTER TABLE "council_session" ADD COLUMN     "invitations_sent_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "outbox_mail" (
    "id" TEXT NOT NULL,
    "gemeente_id" TEXT,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "link" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_mail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_rsvp" (
    "session_id" TEXT NOT NULL,
    "membership_id" TEXT NOT NULL,
    "answer" "RsvpAnswer" NOT NULL,
    "answered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_rsvp_pkey" PRIMARY KEY ("session_id","membership_id")
);

-- CreateTable
CREATE TABLE "reminder_opt_out" (
    "user_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "reminder_opt_out_pkey" PRIMARY KEY ("user_id","kind")
);

-- CreateTable
CREATE TABLE "reminder_digest" (
    "user_id" TEXT NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "reminder_digest_pkey" PRIMARY KEY ("user_id","day")
);

-- CreateIndex
CREATE INDEX "outbox_mail_status_next_attempt_at_idx" ON "outbox_mail"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_mail_gemeente_id_status_idx" ON "outbox_mail"("gemeente_id", "status");

-- AddForeignKey
ALTER TABLE "outbox_mail" ADD CONSTRAINT "outbox_mail_gemeente_id_fkey" FOREIGN KEY ("gemeente_id") REFERENCES "gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_rsvp" ADD CONSTRAINT "session_rsvp_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_rsvp" ADD CONSTRAINT "session_rsvp_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_opt_out" ADD CONSTRAINT "reminder_opt_out_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_digest" ADD CONSTRAINT "reminder_digest_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

