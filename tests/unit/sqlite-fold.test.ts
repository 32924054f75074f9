// sqliteFold (JavaScript, used by the bulk synthetic writer) must give exactly what the triggers'
// SQL expression gives, character for character, on text with every character the rules touch.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { foldRules, sqliteFold, sqliteFoldExpr } from "@/lib/search/fold-sql";

describe("sqliteFold", () => {
  it("equals the triggers' SQL folding", () => {
    const db = new Database(":memory:");
    const fold = db.prepare(`SELECT ${sqliteFoldExpr("?")} AS f`);
    const every = foldRules().map((r) => r.from).join(" ");
    const texts = [
      "قُتل سبعةُ مدنيين في إدلـــب وأريحا، و٣ جرحى؛ 50% في_السوق \\ «الأسد» ABC\nسطر\tثان\r",
      every, `أإآ${every}ىة`, "",
    ];
    for (const t of texts) expect(sqliteFold(t)).toBe((fold.get(t) as { f: string }).f);
    expect(sqliteFold("إدلب")).toBe("ادلب");
    db.close();
  });
});
