// Ranking of gazetteer search hits (places, actors) by their names, folded the way extraction folds:
// 0 a name equals the query, 1 starts with it, 2 contains it; shorter names first within a rank.
import { fold } from "../extract/normalize";

export const foldedQuery = (q: string) => fold(q.trim()).toLowerCase();

export function rankByNames<T>(rows: T[], names: (r: T) => string[], needle: string, name: (r: T) => string, take: number): T[] {
  const scored: { row: T; score: number }[] = [];
  for (const r of rows) {
    const folded = names(r).map((n) => fold(n).toLowerCase());
    const score = Math.min(...folded.map((n) => (n === needle ? 0 : n.startsWith(needle) ? 1 : n.includes(needle) ? 2 : 9)));
    if (score < 9) scored.push({ row: r, score });
  }
  return scored.sort((a, b) => a.score - b.score || name(a.row).length - name(b.row).length).slice(0, take).map((s) => s.row);
}
