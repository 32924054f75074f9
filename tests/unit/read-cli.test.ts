// `npm run extract` reads files through the reader: a TREC-tagged file gets its <TITLE> and <TIME>,
// a file of several documents gives one line per document named path#1, path#2.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (...files: string[]) =>
  execFileSync("node_modules/.bin/tsx", ["scripts/extract.ts", ...files], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { file: string; title: string; publishedAt: string | null });

describe("scripts/extract.ts", () => {
  it("prints the <TITLE> and the <TIME> date of the real d01.txt", () => {
    const [o] = run("../shared/eval/real/texts/d01.txt");
    expect(o.file).toBe("../shared/eval/real/texts/d01.txt");
    expect(o.title).toBe("اتهامات للجيش التركي باستخدام غاز في مهاجمة قرية بسوريا");
    expect(o.publishedAt).toBe("2018-02-17");
  }, 30_000);
  it("names the articles of a file of several path#1, path#2", () => {
    const file = join(mkdtempSync(join(tmpdir(), "read-cli-")), "two.txt");
    writeFileSync(file, "<DOC><TITLE>أولى</TITLE><TIME>01/03/2018</TIME><TEXT>نص أول.</TEXT></DOC>\n<DOC><TITLE>ثانية</TITLE><TEXT>نص ثان.</TEXT></DOC>\n");
    const lines = run(file);
    expect(lines.map((l) => [l.file, l.title, l.publishedAt])).toEqual([
      [`${file}#1`, "أولى", "2018-03-01"],
      [`${file}#2`, "ثانية", null],
    ]);
  }, 30_000);
});
