// The collection sources as /sources lists them, in the order they were added.
import "server-only";
import { db } from "../db";

export interface SourceItem {
  id: number;
  name: string;
  url: string;
  outlet: string | null;
  language: string;
  intervalMinutes: number;
  paused: boolean;
  kind: string | null;
  lastRunAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  lastItemsAdded: number;
  itemsAdded: number;
}

export async function fetchSources(): Promise<SourceItem[]> {
  const rows = await db.source.findMany({ orderBy: { id: "asc" }, omit: { etag: true, lastModified: true, createdAt: true } });
  return rows.map((r) => ({ ...r, lastRunAt: r.lastRunAt?.toISOString() ?? null }));
}
