-- DropIndex
DROP INDEX "Event_date_type_placeId_admin1_fatalities_idx";

-- DropIndex
DROP INDEX "Event_admin1_date_type_placeId_fatalities_idx";

-- DropIndex
DROP INDEX "Event_type_date_admin1_placeId_fatalities_idx";

-- DropIndex
DROP INDEX "Event_placeId_type_date_admin1_fatalities_idx";

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "editedFields" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "extracted" TEXT,
ADD COLUMN     "reviewStatus" TEXT NOT NULL DEFAULT 'unreviewed',
ADD COLUMN     "reviewedBy" TEXT;

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "csrf" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" SERIAL NOT NULL,
    "eventKey" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "author" TEXT NOT NULL,
    "revertsId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "SignInFailure_email_at_idx" ON "SignInFailure"("email", "at");

-- CreateIndex
CREATE INDEX "Correction_eventKey_id_idx" ON "Correction"("eventKey", "id");

-- CreateIndex
CREATE INDEX "Correction_createdAt_idx" ON "Correction"("createdAt");

-- CreateIndex
CREATE INDEX "Event_date_type_placeId_admin1_fatalities_reviewStatus_idx" ON "Event"("date", "type", "placeId", "admin1", "fatalities", "reviewStatus");

-- CreateIndex
CREATE INDEX "Event_admin1_date_type_placeId_fatalities_reviewStatus_idx" ON "Event"("admin1", "date", "type", "placeId", "fatalities", "reviewStatus");

-- CreateIndex
CREATE INDEX "Event_type_date_admin1_placeId_fatalities_reviewStatus_idx" ON "Event"("type", "date", "admin1", "placeId", "fatalities", "reviewStatus");

-- CreateIndex
CREATE INDEX "Event_placeId_type_date_admin1_fatalities_reviewStatus_idx" ON "Event"("placeId", "type", "date", "admin1", "fatalities", "reviewStatus");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

