-- CreateIndex
CREATE INDEX "auth_session_user_id_idx" ON "auth_session"("user_id");

