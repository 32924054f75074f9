-- Analysts' corrections of places and actors (lib/review/entity-*.ts). Columns are added with ADD
-- COLUMN (not Prisma's copy-and-rename), so the search and rollup triggers of 0007 stay in place.
CREATE TABLE "EntityCorrection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "targetKind" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "author" TEXT NOT NULL,
    "revertsId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "EntityCorrection_targetKind_targetKey_id_idx" ON "EntityCorrection"("targetKind", "targetKey", "id");

ALTER TABLE "Place" ADD COLUMN "mergedIntoId" INTEGER;
ALTER TABLE "Actor" ADD COLUMN "mergedIntoId" INTEGER;
ALTER TABLE "Mention" ADD COLUMN "mergedFromId" INTEGER;
ALTER TABLE "EventActor" ADD COLUMN "mergedFromId" INTEGER;
ALTER TABLE "Event" ADD COLUMN "mergedFromPlaceId" INTEGER;
