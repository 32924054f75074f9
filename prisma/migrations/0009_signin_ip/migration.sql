-- Failed sign-ins are limited per client address as well as per account (lib/auth/accounts.ts).
ALTER TABLE "SignInFailure" ADD COLUMN "ip" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "SignInFailure_ip_at_idx" ON "SignInFailure"("ip", "at");
