// The extractor's folding (lib/extract/normalize.ts) as SQL, so the database keeps the folded search
// columns itself, in triggers, for every writer (ingest, synth, corrections, raw SQL) in the same
// transaction. The table is DERIVED from fold() over every character it can change in the Arabic
// block and ASCII, so the SQL cannot drift from the extractor: scripts/search-sql.ts writes it into
// the migration, and tests/integration/search.suite.ts checks the database's folding against fold().
// Not covered: presentation forms (U+FB50–U+FEFF, NFKC in fold()); news text almost never uses them.
import { fold } from "../extract/normalize";
import { SEARCH_ONLY } from "./search-key";

export interface FoldRule { from: string; to: string }

/** Every character of U+0600–U+06FF and A–Z that fold() changes, with what it becomes, and the search alphabet's own rules. */
export function foldRules(): FoldRule[] {
  const rules: FoldRule[] = Object.entries(SEARCH_ONLY).map(([from, to]) => ({ from, to }));
  const consider = (code: number) => {
    const ch = String.fromCharCode(code);
    // fold() trims, so a character that folds to nothing would look like a space: compare inside a word.
    const out = fold(`a${ch}a`).slice(1, -1);
    if (out !== ch) rules.push({ from: ch, to: out });
  };
  for (let c = 0x41; c <= 0x5a; c++) consider(c);
  for (let c = 0x0600; c <= 0x06ff; c++) consider(c);
  return rules;
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** SQLite: nested replace() over `expr` (SQLite has no user functions without the app's connection). */
export function sqliteFoldExpr(expr: string): string {
  let out = expr;
  for (const r of foldRules()) out = `replace(${out}, ${lit(r.from)}, ${lit(r.to)})`;
  // Line breaks and tabs become spaces, as fold() makes every run of white space one space.
  return `replace(replace(replace(${out}, char(10), ' '), char(13), ' '), char(9), ' ')`;
}

/**
 * What sqliteFoldExpr computes, in JavaScript: the same rules in the same order, so a bulk writer can
 * store the search text the triggers would have stored without a second pass over the rows.
 */
export function sqliteFold(text: string): string {
  let out = text;
  for (const r of sqliteFoldRules()) if (out.includes(r.from)) out = out.split(r.from).join(r.to);
  return out.replace(/[\n\r\t]/g, " ");
}
let cachedRules: FoldRule[] | undefined;
const sqliteFoldRules = () => (cachedRules ??= foldRules());

/** PostgreSQL: one function; translate() maps or deletes single characters, replace() the rest. */
export function postgresFoldFunction(): string {
  const rules = foldRules();
  const single = rules.filter((r) => r.to.length === 1);
  const deleted = rules.filter((r) => r.to.length === 0);
  const multi = rules.filter((r) => r.to.length > 1);
  // translate() deletes the characters of `from` past the end of `to`, so the deletions come last.
  let body = `translate(t, ${lit(single.map((r) => r.from).join("") + "\n\r\t" + deleted.map((r) => r.from).join(""))}, ${lit(single.map((r) => r.to).join("") + "   ")})`;
  for (const r of multi) body = `replace(${body}, ${lit(r.from)}, ${lit(r.to)})`;
  return `CREATE OR REPLACE FUNCTION "dash_fold"(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fold$ SELECT ${body} $fold$;`;
}
