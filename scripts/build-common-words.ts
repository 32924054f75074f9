// npm run build:common-words (by hand; the output is committed): which gazetteer names and actor
// aliases are also ordinary Arabic words. Reads the Ayaspell word list that @cspell/dict-ar ships
// (a cspell trie of ~89 million inflected forms, clitics included) and keeps, folded with the
// extractor's own folding, only the names that read as a common word, so the committed file stays
// small: lib/extract/data/common-words.json maps each such name to the word it reads as.
// Why this list and how the "ordinary" test works: docs/decisions/0003-common-words.md.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";
import type { TrieNode } from "cspell-trie-lib";
import { fold } from "../lib/extract/normalize";
import { COUNTRY_ALIASES } from "../lib/extract/knowledge";
import { readKnowledgeData } from "../lib/ingest/load-knowledge";
import { GOVERNORATES } from "../lib/extract/lexicon/governorates";

const OUT = "lib/extract/data/common-words.json";
const requireHere = createRequire(join(process.cwd(), "package.json"));
// The package exports only its cspell-ext.json; the trie sits beside it.
const triePath = join(dirname(requireHere.resolve("@cspell/dict-ar/cspell-ext.json")), "ar.trie.gz");
// cspell-trie-lib is ESM only; this script runs as CommonJS under tsx.
let root: TrieNode;

const folded = new Map<string, string>();
const foldOne = (ch: string) => folded.get(ch) ?? (folded.set(ch, fold(ch)), folded.get(ch)!);
const edges = new Map<TrieNode, [string, TrieNode, string][]>();
/** A node's children with their letters folded; "~" is cspell's accent-free copy of the list, skipped. */
function children(node: TrieNode): [string, TrieNode, string][] {
  let list = edges.get(node);
  if (!list) {
    list = Object.entries(node.c ?? {}).filter(([ch]) => ch !== "~").map(([ch, child]) => [foldOne(ch), child, ch]);
    edges.set(node, list);
  }
  return list;
}

/** Whether some word of the list folds to `word` (the list is unfolded: أ إ آ ا all fold to ا). */
function inList(word: string, node: TrieNode = root, i = 0): boolean {
  if (i === word.length && node.f) return true;
  for (const [ch, child] of children(node)) {
    if (ch === "" ? inList(word, child, i) : word.startsWith(ch, i) && inList(word, child, i + ch.length)) return true;
  }
  return false;
}

/** The endings (unfolded, at most `max` letters) that words of the list add to the folded `form`. */
function continuations(form: string, max = 2, node: TrieNode = root, i = 0, out = new Set<string>(), tail = ""): Set<string> {
  if (i < form.length) {
    for (const [ch, child] of children(node)) {
      if (ch === "") continuations(form, max, child, i, out, tail);
      else if (form.startsWith(ch, i)) continuations(form, max, child, i + ch.length, out, tail);
    }
    return out;
  }
  if (node.f) out.add(tail);
  if (tail.length < max) for (const [, child, raw] of children(node)) continuations(form, max, child, i, out, tail + raw);
  return out;
}

/**
 * Ayaspell lists proper nouns too (دمشق، باريس، موسكو), and gives them the clitics, the pronoun
 * suffixes and the nisba (دمشقي، دمشقية) that every noun takes. What a proper noun never has is an
 * indefinite form or a verb's: the tanwin (نظاماً، كسباً، دوماً، سنةً), the plural of a verb (كسبوا)
 * or of its subject (كسبتم). So a form is ordinary when the list has it and one of these endings on
 * it (the ending is looked for in the unfolded list: folding drops the tanwin).
 */
const TANWIN = /[\u064B\u064C\u064D]$/;
const proofs = (bare: string): ((tail: string) => boolean) => {
  const last = bare[bare.length - 1];
  return (tail) => {
    // "ً" alone, or "اً"; never after ي/و, where the nisba and the loan words take it.
    if (TANWIN.test(tail) && tail.length <= 2 && !"يو".includes(last)) return tail.length === 1 || tail[0] === "ا";
    if (TANWIN.test(tail) && tail.length === 1 && last === "ه") return true;
    return !"ايوه".includes(last) && (tail === "وا" || tail === "تم");
  };
};
function ordinaryProof(form: string): string | null {
  if (form.length < 2 || !inList(form)) return null;
  const bare = form.startsWith("ال") && form.length > 4 ? form.slice(2) : form;
  const ok = proofs(bare);
  for (const tail of continuations(bare)) if (ok(tail)) return bare + tail;
  return null;
}

// The forms in which a text can show a name to the matcher: the name itself, the name after a
// clitic that the matcher strips ("بيان" → ب + "يان"), and, for a name that begins with و, the
// rest of it ("وان" is و + "أن").
const CLITICS = ["و", "ف", "ب", "ل", "ك", "ال"];
/** [the ordinary word the name reads as, an inflected form of it that proves it is not a proper noun]. */
function readsAs(name: string): [string, string] | null {
  const candidates = [name, ...CLITICS.map((c) => c + name), ...(name.startsWith("و") ? [name.slice(1)] : [])];
  for (const form of candidates) {
    const proof = ordinaryProof(form);
    if (proof) return [form, proof];
  }
  return null;
}

// Names whose place reading is the one news means, though the list has them as words (مصر "insistent",
// حلب "milking", الرقة "gentleness"): countries and governorates and their capitals.
const data = readKnowledgeData();
const dominant = new Set([
  ...GOVERNORATES.flatMap((g) => [g.nameAr, g.capitalAr, ...g.regionNames]),
  ...data.countries.flatMap((c) => c.names), ...Object.values(COUNTRY_ALIASES).flat(),
].map(fold));

// Capitals and cities of a million: news names them, often as the state itself ("تبذلها أنقرة"), and
// a long name of one is not a word in running text (القاهرة, المنامة, الإسكندرية); a short one can be
// (كيف, رم), and so can a nisba adjective without the article (قيصرية: "عملية قيصرية", a caesarean).
const MAJOR_MIN_LETTERS = 5;
const isNisba = (n: string) => !n.startsWith("ال") && n.endsWith("يه");
for (const [, rowNames, , , , code, population] of data.geonames) {
  if (code !== "PPLC" && population < 1_000_000) continue;
  for (const n of rowNames.map(fold)) if (n.length >= MAJOR_MIN_LETTERS && !isNisba(n)) dominant.add(n);
}

const names = new Set<string>();
for (const row of data.geonames) for (const n of row[1]) names.add(fold(n));
for (const s of data.supplement) for (const n of [s.name, ...(s.variants ?? [])]) names.add(fold(n));
const actorNames = new Set<string>();
for (const a of data.actors) for (const n of [a.name, ...(a.aliases ?? []), ...(a.weakAliases ?? [])]) actorNames.add(fold(n));

// Words the Ayaspell list lacks though news writes them often, each with the form it is read as:
// "والحراك سلمي" (peaceful) is no town سلمى.
const HAND_WORDS: Record<string, [string, string]> = { [fold("سلمي")]: [fold("سلمي"), "سلمياً"] };

const pick = (list: Set<string>): Record<string, [string, string]> => Object.fromEntries([...list]
  .filter((n) => !n.includes(" ") && /^[\u0621-\u064A]+$/.test(n) && !dominant.has(n))
  .map((n) => [n, HAND_WORDS[n] ?? readsAs(n)] as const).filter((e): e is [string, [string, string]] => e[1] !== null)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** One name a line: the file is read in review, and a rebuild's diff shows which names came and went. */
function format(list: Record<string, [string, string]>): string {
  return Object.entries(list).map(([name, proof]) => `  ${JSON.stringify(name)}: ${JSON.stringify(proof)}`).join(",\n");
}

async function main() {
  const { importTrie } = await import("cspell-trie-lib");
  root = importTrie(gunzipSync(readFileSync(triePath)).toString("utf8").split("\n"));
  const places = pick(names);
  const actors = pick(actorNames);
  const source = "@cspell/dict-ar (Ayaspell), folded by lib/extract/normalize.ts; built by scripts/build-common-words.ts";
  writeFileSync(OUT, `{\n "source": ${JSON.stringify(source)},\n "places": {\n${format(places)}\n },\n "actors": {\n${format(actors)}\n }\n}\n`);
  console.log(`${OUT}: ${Object.keys(places).length} place names, ${Object.keys(actors).length} actor names`);
}

void main();
