// Chooses a GeoNames place's Arabic names from its alternate names (cities500 carries them without
// language tags: Arabic, Persian, Urdu, Kurdish, Uyghur and romanised forms side by side).
//
// The rule, in order:
// 1. A candidate is an Arabic name when, after writing Persian keheh/yeh/heh (ک ی ھ) as the Arabic
//    letters they are glyph variants of (ك ي ه), it holds only Arabic letters (U+0621–U+064A), Arabic
//    diacritics, spaces and hyphens. That excludes Latin and mixed forms («bەghdad»), Persian, Urdu and
//    Kurdish spellings with letters Arabic lacks (پ چ ژ گ ە ۆ ے ٹ), "X - Y" and "X، Y" composites
//    («Cairo - القاهرة», «بوساداس، ميسيونيس») and zero-width joiners.
// 2. A candidate with a one-letter word («د مشق», «سا ن جوز») is a word split by a typo, not a name.
// 3. The canonical name is the most usual Arabic name: written in Arabic letters in cities500 (not only
//    as a Persian spelling with ک/ی), then the one whose spelling (folded, without the article) most
//    candidates share, in every script; ties go to the one written as the GeoNames
//    romanised name is (with the article where it has one, as many words: الميادين for "Al Mayādīn"),
//    then to the one that best spells it (الغندورة, not العلكانة, for "Al Ghandūrah"), then to the one written
//    with hamza and ta marbuta (حماة before حماه), then to the one with the article if three or more
//    romanised alternates write it (الخبر: "Al Khobar") and without it if not (صور: "Sur"), then final ي before ى
//    (دبي before دبى), then the shorter.
// 4. A place with no Arabic name gets none, and the build leaves it out rather than show a romanised
//    or Persian name as Arabic; the Syrian ones (Tremseh, a few Golan settlements) are listed by the
//    build so that the curated supplement can name them.
import { fold } from "../lib/extract/normalize";

const PERSIAN_VARIANTS: Record<string, string> = { "ک": "ك", "ی": "ي", "ھ": "ه" };
const ARABIC_NAME = /^[\u0621-\u064A\u064B-\u0652\u0670 -]+$/;
const HAS_LETTER = /[\u0621-\u064A]/;

/** A candidate written as Arabic (rule 1), or null. */
export function asArabic(candidate: string): string | null {
  // Direction marks (LRM, RLM, embeddings) are invisible formatting that cities500 leaves in a few names.
  const name = [...candidate.replace(/[\u200E\u200F\u202A-\u202E]/g, "").trim()].map((ch) => PERSIAN_VARIANTS[ch] ?? ch).join("").replace(/\s+/g, " ");
  if (!ARABIC_NAME.test(name) || !HAS_LETTER.test(name)) return null;
  if (/(^|\s)-|-(\s|$)/.test(name)) return null;
  if (name.split(/[ -]/).some((w) => w.length === 1)) return null;
  return name;
}

// Skeletons, to compare an Arabic spelling with a romanised one: consonants by sound class, و and
// ي as the w/u and y/i they stand for (قامشلي, not the Kurdish قامشلو, spells "Al Qāmishlī"); short
// vowels, alef, ع/ء (often dropped) and the article are left out, since the article is compared apart.
const ARABIC_SKELETON: Record<string, string> = {
  "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "z", "س": "s",
  "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m",
  "ن": "n", "ه": "h", "و": "w", "ي": "y",
};
const ARTICLE = /^(al|el|ar|as|ash|at|ad|an|az|ath|adh|ad|ed|es|en|er|et|ez)$/;

const arabicWords = (name: string) => fold(name).split(/[ -]/).filter(Boolean);
const latinWords = (name: string) =>
  name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[ -]+/).filter(Boolean);

function arabicSkeleton(name: string): string {
  return arabicWords(name).map((w) => w.replace(/^ال/, "")).join("")
    .split("").map((ch) => ARABIC_SKELETON[ch] ?? "").join("");
}

function latinSkeleton(name: string): string {
  return latinWords(name).filter((w) => !ARTICLE.test(w)).join("")
    .replace(/kh/g, "k").replace(/gh/g, "g").replace(/sh/g, "s").replace(/th/g, "t").replace(/dh/g, "d")
    .replace(/ah$/g, "").replace(/[qc]/g, "k").replace(/v/g, "f").replace(/p/g, "b")
    .replace(/[iey]/g, "y").replace(/[uow]/g, "w").replace(/[^bdfghjklmnrstwyz]/g, "");
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length];
}

/** 0 (nothing alike) to 1 (the same letters): how well an Arabic name spells a romanised one. */
export function spellsRomanised(arabic: string, romanised: string): number {
  const a = arabicSkeleton(arabic);
  const l = latinSkeleton(romanised);
  if (!a || !l) return 0;
  return 1 - editDistance(a, l) / Math.max(a.length, l.length);
}

/** A point for the article where the romanised name has one ("Al Mayādīn" → الميادين), a point for as many words. */
function formAgrees(arabic: string, romanised: string): number {
  const lw = latinWords(romanised);
  const aw = arabicWords(arabic);
  const article = lw.length > 1 && ARTICLE.test(lw[0]);
  const words = lw.filter((w) => !ARTICLE.test(w)).length;
  // Only an article the romanised name writes counts: "Cairo", an English name, says nothing against القاهرة.
  return (article && aw[0].startsWith("ال") ? 1 : 0) + (aw.length === words ? 1 : 0);
}

const bareFold = (name: string) => fold(name).split(" ").map((w) => w.replace(/^ال/, "")).join(" ");
const WRITTEN_FULLY = /[أإآؤئة]/g;

export interface ArabicNames {
  /** The canonical Arabic name (rule 3), or null when the place has none. */
  canonical: string | null;
  /** Every Arabic name, the canonical one first; these are what the text is matched against. */
  names: string[];
}

export function chooseArabicNames(alternates: string[], romanised: string): ArabicNames {
  const all = [...new Set(alternates.map((n) => n.trim()).filter(Boolean))];
  const arabic = [...new Set(all.map(asArabic).filter((n): n is string => n !== null))];
  if (arabic.length === 0) return { canonical: null, names: [] };
  // Spellings that cities500 only gives in Persian letters («تل آویو» for Tel Aviv) are Persian ones:
  // aliases, and the canonical name only when nothing else is there.
  const writtenInArabic = new Set(all.filter((n) => !/[کیھ]/.test(n)).map(asArabic));
  // A candidate's votes: the candidates, in any script, that write it or contain it as whole words
  // (الشارقة is in «إمارة الشارقة» and «مدينة الشارقة»; the Persian شارجه is in nothing else).
  const folded = all.map((n) => ` ${bareFold(n)} `);
  const votes = (n: string) => folded.filter((f) => f.includes(` ${bareFold(n)} `)).length;
  // Whether the romanised alternates write the article ("Al Khobar", "Al-Khobar", "El Huber", "alkhbr"),
  // or hardly ever ("Es Sur" among "Sur", "Sour", "Tyre"): الخبر, but صور.
  const latin = all.filter((n) => /^[\p{Script=Latin}'`‘’ʿ -]+$/u.test(n));
  // GeoNames' letter-for-letter transliterations of Arabic spellings glue the article on ("alkhbr").
  const writesArticle = (n: string) => {
    const w = latinWords(n.replace(/['`‘’ʿ]/g, ""));
    return (w.length > 1 && ARTICLE.test(w[0])) || (n === n.toLowerCase() && /^al\S{2,}$/.test(n));
  };
  const withArticle = latin.filter(writesArticle).length;
  // Exonyms ("Mosul", "Mossoul", "Musul"…) outnumber the transliterations, so three are enough.
  const articleUsual = withArticle >= 3;
  const score = (n: string) => [
    writtenInArabic.has(n) ? 1 : 0,
    votes(n),
    formAgrees(n, romanised),
    Math.round(spellsRomanised(n, romanised) * 100),
    (n.match(WRITTEN_FULLY) ?? []).length,
    arabicWords(n)[0].startsWith("ال") === articleUsual ? 1 : 0,
    -(n.match(/ى/g) ?? []).length,
    -n.length,
  ];
  const ranked = arabic.map((n) => ({ n, s: score(n) })).sort((x, y) => {
    for (let i = 0; i < x.s.length; i++) if (x.s[i] !== y.s[i]) return y.s[i] - x.s[i];
    return x.n < y.n ? -1 : 1;
  });
  const names = ranked.map((r) => r.n);
  return { canonical: names[0], names };
}
