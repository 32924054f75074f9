// Puts an export-gold result on disk in the layout of ../shared/eval/real: DIR/gold.json and
// DIR/texts/<file>. Texts of an earlier export that this one no longer holds are removed (only the
// export's own a<id>.txt names, so pointing --out at a folder of other files loses none of them).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GoldExport } from "./export-gold";

export const DEFAULT_GOLD_DIR = "data/gold";
const OWN = /^a\d+\.txt$/;

export function writeGold(dir: string, exp: GoldExport): { gold: string; texts: number } {
  const texts = join(dir, "texts");
  mkdirSync(texts, { recursive: true });
  const keep = new Set(exp.texts.map((t) => t.file));
  for (const f of readdirSync(texts)) if (OWN.test(f) && !keep.has(f)) rmSync(join(texts, f));
  for (const t of exp.texts) writeFileSync(join(texts, t.file), t.text);
  const gold = join(dir, "gold.json");
  writeFileSync(gold, JSON.stringify(exp.gold, null, 1) + "\n");
  return { gold, texts: exp.texts.length };
}
