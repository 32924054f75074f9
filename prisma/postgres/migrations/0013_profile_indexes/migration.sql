-- The profiles at a million events (docs/decisions/0022-pair-rollups.md): a place's articles and the
-- mentions of an actor, with their kind, read from the index alone. With the placeId and actorId
-- indexes alone, every actor's mention count read 2.2 million rows (1.6 s), and a place's articles
-- read the row of each of its mentions. The kind comes second: a query by article (the articles
-- page) keeps the articleId index.

-- DropIndex
DROP INDEX "Mention_placeId_idx";

-- DropIndex
DROP INDEX "Mention_actorId_idx";

-- CreateIndex
CREATE INDEX "Mention_placeId_kind_articleId_idx" ON "Mention"("placeId", "kind", "articleId");

-- CreateIndex
CREATE INDEX "Mention_actorId_kind_idx" ON "Mention"("actorId", "kind");
