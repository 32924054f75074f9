-- Analysts' corrections of places and actors (lib/review/entity-*.ts).
CREATE TABLE "EntityCorrection" (
    "id" SERIAL NOT NULL,
    "targetKind" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "author" TEXT NOT NULL,
    "revertsId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntityCorrection_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "EntityCorrection_targetKind_targetKey_id_idx" ON "EntityCorrection"("targetKind", "targetKey", "id");

ALTER TABLE "Place" ADD COLUMN "mergedIntoId" INTEGER;
ALTER TABLE "Actor" ADD COLUMN "mergedIntoId" INTEGER;
ALTER TABLE "Mention" ADD COLUMN "mergedFromId" INTEGER;
ALTER TABLE "EventActor" ADD COLUMN "mergedFromId" INTEGER;
ALTER TABLE "Event" ADD COLUMN "mergedFromPlaceId" INTEGER;
