// npm run extract -- FILE…: one JSON object per article per line (shared/eval/README.md), read by the
// same reader and extracted by the same code ingestion uses, with no database. A file of several
// articles (tagged <DOC>s, a feed) gives `FILE#1`, `FILE#2`, …; warnings and rejections go to stderr.
import { extract } from "../lib/extract";
import { toContract } from "../lib/extract/contract";
import { loadKnowledge } from "../lib/extract/load";
import { RejectedInput } from "../lib/ingest/read";
import { readArticleFile } from "../lib/ingest/read/file";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run extract -- FILE…");
  process.exit(2);
}
const knowledge = loadKnowledge();
let failed = 0;
for (const file of files) {
  try {
    const { articles, warnings } = readArticleFile(file);
    for (const w of warnings) console.error(`${file}: warning: ${w}`);
    for (const { id, article } of articles) {
      const result = extract(article.body, knowledge, { publishedAt: article.publishedAt });
      process.stdout.write(JSON.stringify({ ...toContract(id, result, knowledge), title: article.title }) + "\n");
    }
  } catch (error) {
    failed++;
    const reason = error instanceof RejectedInput ? `${error.code}: ${error.reason}` : (error as Error).message;
    console.error(`${file}: ${reason}`);
  }
}
process.exit(failed ? 1 : 0);
