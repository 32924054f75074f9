-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "csrf" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventKey" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "author" TEXT NOT NULL,
    "revertsId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- AlterTable (hand-edited: ADD COLUMN instead of Prisma's copy-and-rename of Event, which would drop
-- any trigger another migration puts on Event and rewrite every row)
ALTER TABLE "Event" ADD COLUMN "reviewStatus" TEXT NOT NULL DEFAULT 'unreviewed';
ALTER TABLE "Event" ADD COLUMN "reviewedBy" TEXT;
ALTER TABLE "Event" ADD COLUMN "editedFields" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Event" ADD COLUMN "extracted" TEXT;

-- The covering indexes end with reviewStatus (every count leaves rejected events out)
DROP INDEX "Event_date_type_placeId_admin1_fatalities_idx";
DROP INDEX "Event_admin1_date_type_placeId_fatalities_idx";
DROP INDEX "Event_type_date_admin1_placeId_fatalities_idx";
DROP INDEX "Event_placeId_type_date_admin1_fatalities_idx";
CREATE INDEX "Event_date_type_placeId_admin1_fatalities_reviewStatus_idx" ON "Event"("date", "type", "placeId", "admin1", "fatalities", "reviewStatus");
CREATE INDEX "Event_admin1_date_type_placeId_fatalities_reviewStatus_idx" ON "Event"("admin1", "date", "type", "placeId", "fatalities", "reviewStatus");
CREATE INDEX "Event_type_date_admin1_placeId_fatalities_reviewStatus_idx" ON "Event"("type", "date", "admin1", "placeId", "fatalities", "reviewStatus");
CREATE INDEX "Event_placeId_type_date_admin1_fatalities_reviewStatus_idx" ON "Event"("placeId", "type", "date", "admin1", "fatalities", "reviewStatus");

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

