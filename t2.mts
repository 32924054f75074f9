import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { importTrie, type TrieNode } from "cspell-trie-lib";
import { fold } from "./lib/extract/normalize";
const root = importTrie(gunzipSync(readFileSync("node_modules/@cspell/dict-ar/ar.trie.gz")).toString("utf8").split("\n"));
const fc = new Map<string,string>();
const f1 = (c: string) => { let v = fc.get(c); if (v === undefined) { v = fold(c); fc.set(c, v); } return v; };
function walk(node: TrieNode, w: string, i: number, out: TrieNode[]) {
  if (i === w.length) { out.push(node); return; }
  if (!node.c) return;
  for (const [ch, child] of Object.entries(node.c)) {
    if (ch === "~") continue;
    const f = f1(ch);
    if (f === "") { walk(child, w, i, out); continue; }
    if (w.startsWith(f, i)) walk(child, w, i + f.length, out);
  }
}
function suffixes(w: string, max = 2) {
  const nodes: TrieNode[] = []; walk(root, fold(w), 0, nodes);
  const out = new Set<string>();
  const rec = (n: TrieNode, suf: string) => { if (n.f) out.add(suf); if (suf.length >= max || !n.c) return; for (const [ch, c] of Object.entries(n.c)) { const f=f1(ch); rec(c, suf + f); } };
  for (const n of nodes) rec(n, "");
  return out;
}
const P = new Set<string>();
for (const p of ["دمشق","باريس","موسكو","لندن","بيروت","بغداد"]) { const s = suffixes(p); console.log(p, [...s].join(",")); for (const x of s) P.add(x); }
for (const w of process.argv.slice(2)) { const s = suffixes(w); console.log(w, s.has("")?"in":"--", [...s].filter(x=>!P.has(x)).join(",")); }
