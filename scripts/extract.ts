// npm run extract -- FILE…: one JSON object per file per line (shared/eval/README.md), with the same
// code ingestion uses and no database.
import { readFileSync } from "node:fs";
import { extract } from "../lib/extract";
import { toContract } from "../lib/extract/contract";
import { loadKnowledge } from "../lib/extract/load";
import { decode, RejectedInput } from "../lib/ingest/read";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run extract -- FILE…");
  process.exit(2);
}
const knowledge = loadKnowledge();
let failed = 0;
for (const file of files) {
  try {
    const text = decode(readFileSync(file));
    process.stdout.write(JSON.stringify(toContract(file, extract(text, knowledge), knowledge)) + "\n");
  } catch (error) {
    failed++;
    const reason = error instanceof RejectedInput ? error.reason : (error as Error).message;
    console.error(`${file}: ${reason}`);
  }
}
process.exit(failed ? 1 : 0);
