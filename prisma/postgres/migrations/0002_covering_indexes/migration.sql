-- DropIndex
DROP INDEX "Event_date_idx";

-- DropIndex
DROP INDEX "Event_admin1_date_idx";

-- DropIndex
DROP INDEX "Event_type_date_idx";

-- DropIndex
DROP INDEX "Event_placeId_idx";

-- CreateIndex
CREATE INDEX "Event_date_type_placeId_admin1_fatalities_idx" ON "Event"("date", "type", "placeId", "admin1", "fatalities");

-- CreateIndex
CREATE INDEX "Event_admin1_date_type_placeId_fatalities_idx" ON "Event"("admin1", "date", "type", "placeId", "fatalities");

-- CreateIndex
CREATE INDEX "Event_type_date_admin1_placeId_fatalities_idx" ON "Event"("type", "date", "admin1", "placeId", "fatalities");

-- CreateIndex
CREATE INDEX "Event_placeId_type_date_admin1_fatalities_idx" ON "Event"("placeId", "type", "date", "admin1", "fatalities");

