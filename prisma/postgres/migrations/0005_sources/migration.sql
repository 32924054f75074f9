-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "outlet" TEXT,
    "language" TEXT NOT NULL DEFAULT 'ar',
    "intervalMinutes" INTEGER NOT NULL DEFAULT 15,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "kind" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastRunAt" TIMESTAMP(3),
    "lastStatus" TEXT,
    "lastError" TEXT,
    "lastItemsAdded" INTEGER NOT NULL DEFAULT 0,
    "itemsAdded" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectedItem" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER,
    "url" TEXT NOT NULL,
    "entryHash" TEXT NOT NULL,
    "contentHash" TEXT,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectedItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "CollectedItem_url_key" ON "CollectedItem"("url");

-- CreateIndex
CREATE INDEX "CollectedItem_sourceId_idx" ON "CollectedItem"("sourceId");

-- AddForeignKey
ALTER TABLE "CollectedItem" ADD CONSTRAINT "CollectedItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

