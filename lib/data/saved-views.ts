// The saved views (named filter sets), newest first.
import "server-only";
import { db } from "../db";

export interface SavedViewItem {
  id: number;
  name: string;
  path: string;
  query: string;
  createdAt: string;
}

export async function fetchSavedViews(): Promise<SavedViewItem[]> {
  const rows = await db.savedView.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map((r) => ({ id: r.id, name: r.name, path: r.path, query: r.query, createdAt: r.createdAt.toISOString() }));
}
