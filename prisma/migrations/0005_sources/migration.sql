-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "outlet" TEXT,
    "language" TEXT NOT NULL DEFAULT 'ar',
    "intervalMinutes" INTEGER NOT NULL DEFAULT 15,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "kind" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastRunAt" DATETIME,
    "lastStatus" TEXT,
    "lastError" TEXT,
    "lastItemsAdded" INTEGER NOT NULL DEFAULT 0,
    "itemsAdded" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CollectedItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER,
    "url" TEXT NOT NULL,
    "entryHash" TEXT NOT NULL,
    "contentHash" TEXT,
    "fetchedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CollectedItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "CollectedItem_url_key" ON "CollectedItem"("url");

-- CreateIndex
CREATE INDEX "CollectedItem_sourceId_idx" ON "CollectedItem"("sourceId");

