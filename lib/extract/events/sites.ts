// Stage 2: which places named near a trigger are where the event happened (the table of
// rules/site-rules.ts, and the checks that need the words around the governor).
import { inSet } from "../matcher";
import { notSiteRule } from "../rules/apply-site-rules";
import { inQuotedName } from "../quoted-name";
export { inQuotedName };
import type { ArticleContext, SentenceTokens } from "../context";
import type { PlaceMention } from "../places";
import { PROTEST_W, REMOTE_W, MOVEMENT_W, CUE_W, DIRECTION_W, BANK_W, NAME_HEAD_W, SPEAKER_W, STATIONED_W, POSITION_WORDS, FIRED_WORDS, is, clauseIndex, anyIn, anyInSet, SETTLEMENT } from "./shared";
import { isWordToken } from "../rules/word-class";

/** Whether a place is where something happens, not where people move to or from, or a border. */
export function isSite(ctx: ArticleContext, s: SentenceTokens, p: PlaceMention, triggerStarts: Set<number>): boolean {
  const clause = clauseIndex(s, p.from);
  const [cs, clauseEnd] = s.clauses[clause] ?? [s.from, s.to];
  // The word that governs the name, past cue words and links: "إلى محافظة إدلب"، "عبر معبر".
  let b = p.from - 1;
  // "النزوح من قرى ريف X": ريف heads a place as a cue word does; so does a river's bank ("على الضفة الغربية لنهر الفرات").
  while (b >= s.from && b >= p.from - 3 && (isWordToken(CUE_W, ctx.tokens[b]) || isWordToken(DIRECTION_W, ctx.tokens[b]) || isWordToken(BANK_W, ctx.tokens[b]) || ctx.tokens[b].text === "ريف")) b--;
  // "نُقل بعضهم إلى مشافٍ في معرة النعمان": a place "in" what people are taken to is governed by "إلى".
  if (b - 2 >= s.from && /^[وف]?في$/.test(ctx.tokens[b].text) && /^[وف]?(?:الي|إلى)$/.test(ctx.tokens[b - 2].text)) b -= 2;
  // The governing word without a conjunction: "وإلى" → إلى, but "في" stays "في".
  const written = b >= s.from ? ctx.tokens[b].text : "";
  const governor = /^[وف]..+/.test(written) && written !== "في" ? written.slice(1) : written;
  const siteRule = notSiteRule(ctx, b, cs, s.from);
  if (siteRule) {
    ctx.trace?.push({ stage: "site", rule: siteRule.id, effect: "not a site", text: p.span.surface });
    return false;
  }
  if ((governor === "في" || governor === "من") && b > s.from && anyIn(ctx, SPEAKER_W, Math.max(cs, b - 4), b)) {
    // "قال مراسل عنب بلدي في منبج إن…": where the reporter is, unless a trigger stands between.
    let trigger = false;
    for (let i = Math.max(cs, b - 4); i < b; i++) trigger ||= triggerStarts.has(i);
    if (!trigger) return false;
  }
  if (p.from === s.from && DATELINE_AFTER.test(ctx.text.slice(p.span.end, p.span.end + 80))) {
    ctx.trace?.push({ stage: "site", rule: "dateline", effect: "not a site", text: p.span.surface });
    return false;
  }
  if (inQuotedName(ctx, s, p)) {
    ctx.trace?.push({ stage: "site", rule: "quoted-name", effect: "not a site", text: p.span.surface });
    return false;
  }
  // "شبكة درعا 24"، "مجلس منبج العسكري": a place in the name of an organisation or an outlet.
  // The name is written with a clitic ("ودرعا"): its span starts past the token's start (as in buildViews).
  const prefixed = p.span.start > ctx.folded.offsets[ctx.tokens[p.from].start];
  if (b >= s.from && b === p.from - 1 && !prefixed && !p.anaphor && isWordToken(NAME_HEAD_W, ctx.tokens[b])) return false;
  // "ثلاثة شبان من أبناء مدينة طفس": where people come from, not where they were taken.
  // A protest or a settlement is where its people live: "خرج العشرات من أهالي مدينة X في وقفة احتجاجية"،
  // "تسوية لأوضاع 200 شاب من أبناء بلدة X".
  if (/^(ابناء|اهالي|اهل)$/.test(governor) && b > s.from && /^[وف]?من$/.test(ctx.tokens[b - 1].text) && !anyIn(ctx, PROTEST_W, cs, clauseEnd) && !anyInSet(ctx, SETTLEMENT, cs, clauseEnd)) return false;
  if (governor === "في" || governor === "من" || governor === "علي") {
    for (let k = 1; k <= 4 && b - k >= cs; k++) {
      const w = ctx.tokens[b - k].text;
      // "قصف مصدره مواقع قوات النظام في ريف حماة"، "التنظيمات المنتشرة في الغوطة"، "المتمركزة على أطراف البلدة": where the shooters are.
      if (is(STATIONED_W, w)) return false;
      // «على» only right after the word of stationing: "المنتشرة في الغوطة على حي باب توما" fell on the district.
      if (governor === "علي") break;
      // "قذائف أطلقتها قوات النظام من مواقعها في X": where the fire came from, not where it fell.
      if (inSet(POSITION_WORDS, w) && /^[وف]?من$/.test(ctx.tokens[b - k - 1]?.text ?? "") && (anyIn(ctx, REMOTE_W, cs, b - k) || anyInSet(ctx, FIRED_WORDS, cs, b - k))) return false;
      // "نقل المصاب إلى مشفى في مدينة الحسكة": a destination.
      if ((w === "الي" || w === "نحو") && anyIn(ctx, MOVEMENT_W, Math.max(cs, b - k - 8), b - k)) return false;
    }
  }
  return true;
}

/**
 * What follows the city of a wire dateline ("دمشق (رويترز) - …"، "حلب (سوريا) 1 شباط/فبراير 2014 (أ ف ب) -"):
 * parentheses and a date, then a dash. The city is where the report was filed, not an event's place.
 */
const DATELINE_AFTER = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:[\d\u0660-\u0669]{1,2}\s+[^\s\d]+(?:\s*\/\s*[^\s\d]+)?\s+[\d\u0660-\u0669]{4}\s*)?(?:\([^()\n]{1,40}\)\s*)?[-–—]/;

