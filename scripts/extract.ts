// npm run extract -- FILE…: one JSON object per article per line (shared/eval/README.md), read by the
// same reader and extracted by the same code ingestion uses, with no database. A file of several
// articles (tagged <DOC>s, a feed) gives `FILE#1`, `FILE#2`, …; warnings and rejections go to stderr.
// `--explain` prints instead, for each article, every place and actor kept and every rule that kept,
// dropped or changed a trigger, a place of an event or an event (lib/extract/rules/).
import { extract } from "../lib/extract";
import { toContract } from "../lib/extract/contract";
import { loadKnowledge } from "../lib/ingest/load-knowledge";
import { RejectedInput } from "../lib/ingest/read";
import { readArticleFile } from "../lib/ingest/read/file";

const explain = process.argv.includes("--explain");
const files = process.argv.slice(2).filter((a) => a !== "--explain");
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
      const result = extract(article.body, knowledge, { publishedAt: article.publishedAt, explain });
      if (explain) process.stdout.write(explanation(id, result));
      else process.stdout.write(JSON.stringify({ ...toContract(id, result, knowledge), title: article.title }) + "\n");
    }
  } catch (error) {
    failed++;
    const reason = error instanceof RejectedInput ? `${error.code}: ${error.reason}` : (error as Error).message;
    console.error(`${file}: ${reason}`);
  }
}
process.exit(failed ? 1 : 0);

function explanation(id: string, r: ReturnType<typeof extract>): string {
  const out = [`# ${id}`, `title: ${r.title}`, `published: ${r.publishedAt ?? "not stated"}`];
  for (const p of r.places) out.push(`[place] kept: ${p.entry.nameAr} (${p.entry.kind}, ${p.entry.admin1 ?? p.entry.countryCode}, precision ${p.geoPrecision}) as ${[...new Set(p.mentions.map((m) => m.surface))].join("، ")}`);
  for (const a of r.actors) out.push(`[actor] kept: ${a.entry.nameAr} (${a.entry.kind}) as ${[...new Set(a.mentions.map((m) => m.surface))].join("، ")}`);
  for (const t of r.trace ?? []) out.push(`[${t.stage}] ${t.rule}: ${t.effect} | ${t.text.replace(/\s+/g, " ").slice(0, 160)}`);
  return out.join("\n") + "\n\n";
}
