// Sentence-level events in ACLED's terms. A trigger gives the type; each Syrian place it governs
// gives one event. A place is governed by the nearest trigger before it in its own clause, else by a
// strong trigger after it there ("X التي تشهد اشتباكات" gets both); a clause without a trigger
// borrows one only where the syntax carries it over: a fronted "وفي X،", a list of places, "شهدت X
// … مظاهرات", a clause of casualties ("ما أدى لمقتل … في X") or a prepositional adjunct ("…، على
// محاور في محيط X"). Triggers that are denied, stopped, expected, pointed back to ("هذه الهجمات"),
// stative ("تحت سيطرة") or about another year report no event; a word of killing takes the type of
// the weapon named with it ("مقتل مدنيين جراء قصف").
// Places that only locate another ("بريف حماة"), that people move to or from ("نزوح … إلى X"), or
// that contain a more precise event place of the same type are not event places. Counts of the
// killed, injured and arrested go to the event nearest the words that report them.
import { foldSet, originalSpan } from "../normalize";
import { DIRECTIONS } from "../lexicon/places";
import { eventDateIn, findDates } from "../dates";
import { findCasualties } from "../casualties";
import { adjacent, type ArticleContext, type SentenceTokens } from "../context";
import { TALLY_PERIOD } from "../lexicon/events";
import type { PlaceMention } from "../places";
import type { ActorMention } from "../actors";
import type { ExtractedEvent } from "../types";
import { CONDEMNING_REACH, CONDEMNING_VERBS, SOURCE_CUES, SOURCE_CUE_REACH, SOURCE_KINDS } from "../lexicon/people";
import { isWordToken, wordClass } from "../rules/word-class";
import { type FoundTrigger, anyIn, clauseIndex, VIOLENT, namesGovernorate, contrasts, UNKNOWN_W } from "./shared";
import { isSumSince, isTally, sentenceTriggers } from "./triggers";
import { inQuotedName, isSite } from "./sites";
import { buildViews, governing } from "./clauses";
import { contains, inRegionOfAnother, dedupe } from "./merge";
import { distributeCasualties, splitByDay } from "./casualty-share";
import { cardOf } from "./cards";

export function findEvents(
  ctx: ArticleContext,
  places: PlaceMention[],
  actors: ActorMention[],
  published: string | null,
): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const uncounted = new Set<ExtractedEvent>();
  const fromTitle = new Set<ExtractedEvent>();
  const placeOf = new Map<ExtractedEvent, PlaceMention>();
  /** events of a sentence that only counts the dead or wounded, naming no attack */
  const countOnly = new Set<ExtractedEvent>();
  /** events made from a definite generic attack word ("الهجوم"), which may only point back */
  const backReference = new Set<ExtractedEvent>();
  let previous: { sentence: number; events: ExtractedEvent[] } | null = null;
  let lastSentence = -1;
  const placesBySentence = bySentence(places);
  const actorsBySentence = bySentence(actors);
  const year = published ? Number(published.slice(0, 4)) : null;
  /** mentions of Syria's territory that an event was placed at (syrian-territory) */
  const inTerritory = new Set<PlaceMention>();

  for (const s of ctx.sentences) {
    if (s.sentence.caption || s.to <= s.from) continue;
    const follows = previous !== null && previous.sentence === lastSentence;
    lastSentence = s.index;
    const sentenceFolded = ctx.folded.text.slice(ctx.tokens[s.from].start, ctx.tokens[s.to - 1].end);
    const clauseTexts = s.clauses.map(([a, b]) => (b > a ? ctx.folded.text.slice(ctx.tokens[a].start, ctx.tokens[b - 1].end) : ""));
    const mentions = placesBySentence.get(s.index) ?? [];
    let casualties = findCasualties(ctx, s);
    /** where the triggers of events only feared, planned or demanded end */
    const unreal: number[] = [];
    let triggers = sentenceTriggers(ctx, s, actorsBySentence.get(s.index) ?? [], mentions, clauseTexts, year, unreal);
    if (isTally(ctx, s, sentenceFolded, casualties)) {
      triggers = datedIncidents(ctx, s, clauseTexts, triggers);
      // The tally's own counts are of no incident: only those of the incidents' clauses.
      const incidentClauses = new Set(triggers.map((t) => t.clause));
      casualties = casualties.filter((c) => incidentClauses.has(clauseIndex(s, c.from)));
    }
    if (isSumSince(ctx, sentenceFolded, triggers, casualties)) {
      ctx.trace?.push({ stage: "event", rule: "sum-since", effect: "no event: a toll summed since something began", text: ctx.text.slice(s.sentence.start, s.sentence.end) });
      triggers = [];
    }
    const triggerStarts = new Set(triggers.map((t) => t.from));
    const candidates = mentions.filter((p) => p.entry.countryCode === "SY" && p.entry.kind !== "country" && p.qualifies === null);
    const siteSet = new Set(candidates.filter((p) => isSite(ctx, s, p, triggerStarts)));
    // "إلى مشافٍ في معرة النعمان وسراقب": a place joined by و to one that is no site is none either.
    for (let k = 1; k < candidates.length; k++) {
      const [q, p] = [candidates[k - 1], candidates[k]];
      if (siteSet.has(q) || !siteSet.has(p) || p.from !== q.to || !/^و/.test(ctx.tokens[p.from].text)) continue;
      ctx.trace?.push({ stage: "site", rule: "listed-with-non-site", effect: "not a site", text: p.span.surface });
      siteSet.delete(p);
    }
    const sites = candidates.filter((p) => siteSet.has(p));
    const views = buildViews(ctx, s, triggers, sites, mentions, casualties);

    const placed: { p: PlaceMention; t: FoundTrigger; clause: number }[] = [];
    for (const p of sites) {
      const c = clauseIndex(s, p.from);
      for (const t of governing(ctx, views, c, p)) {
        // "اشتباك مع أفراد خلية كانوا يخططون لهجوم على مقام X": X is the planned attack's target.
        if (t.to <= p.from && unreal.some((u) => u > t.to && u <= p.from)) {
          ctx.trace?.push({ stage: "event", rule: "target-of-unreal", effect: "not this trigger's place: an unreal event's target stands between", text: p.span.surface });
          continue;
        }
        placed.push({ p, t, clause: c });
      }
    }
    // "قذائف على مدينة حلب، … حي الحمدانية … حي حلب الجديدة": the city only contains the events.
    const kept = placed.filter((x) => !placed.some((y) => y.t.type === x.t.type && contains(x.p, y.p)));
    // "اعتقلت السلطات اليوم فلاناً…" opening an article that names one Syrian place only ("… في أحد شوارع
    // اللاذقية"): the lead's event is at that place.
    if (kept.length === 0 && previous === null && !s.sentence.title && !s.sentence.heading && mentions.length === 0) {
      const t = triggers.find((x) => x.strong && !x.trigger.outcome);
      // "آلاف المتظاهرين في برلين تنديداً بالهجوم على عفرين": a headline that places the news abroad.
      const abroad = places.some((p) => p.entry.countryCode !== "SY" && p.entry.kind !== "country" && ctx.sentences[p.sentence]?.sentence.title);
      const only = t && !abroad ? loneSyrianPlace(places) : null;
      if (t && only) {
        ctx.trace?.push({ stage: "event", rule: "lead-at-lone-place", effect: `at ${only.span.surface}, the article's one place`, text: ctx.tokens[t.from].text });
        kept.push({ p: only, t, clause: clauseIndex(s, t.from) });
      }
    }

    // "الهجمات: خمسة ضربات جوية" in an incident card: at the card's location, on the card's date.
    let cardDate: string | null = null;
    let carded: ReturnType<typeof cardOf> = null;
    if (kept.length === 0 && mentions.every((p) => p.entry.countryCode !== "SY")) {
      const t = triggers.find((x) => x.strong && !x.trigger.outcome);
      const card = t ? cardOf(ctx, s, (i) => placesBySentence.get(i) ?? []) : null;
      if (t && card) {
        ctx.trace?.push({ stage: "event", rule: "incident-card", effect: `at ${card.place.span.surface}, the card's location`, text: ctx.tokens[t.from].text });
        kept.push({ p: card.place, t, clause: clauseIndex(s, t.from) });
        cardDate = card.dateLine;
        carded = card;
      }
    }

    // "شنت إسرائيل ضربات على أهداف إيرانية داخل الأراضي السورية": a strike the report places only in Syria's
    // territory is an event there, at the country's precision (dropped below if the article places one).
    if (kept.length === 0) {
      const strike = triggers.find((t) => t.strong && t.type === "Explosions/Remote violence");
      const territory = strike && mentions.find((p) => p.entry.key === SYRIA && p.from > strike.from && TERRITORY.test(ctx.tokens[p.from].text));
      if (strike && territory) {
        ctx.trace?.push({ stage: "event", rule: "syrian-territory", effect: "at the country's precision", text: territory.span.surface });
        kept.push({ p: territory, t: strike, clause: clauseIndex(s, territory.from) });
        inTerritory.add(territory);
      }
    }

    if (kept.length === 0) {
      // "أسفرت عن مقتل 40 إرهابياً" after the sentence that named the places: the count belongs to that event.
      // A place in a quoted organisation's name ("مكتب توثيق الشهداء في درعا") names no place of the news.
      const named = mentions.some((p) => p.entry.countryCode === "SY" && !p.anaphor && !inQuotedName(ctx, s, p));
      const killed = casualties.find((c) => c.kind === "killed" && c.count !== null);
      // Only a sentence that speaks of the same event: its triggers, if any, are definite ("المعارك أسفرت
      // عن…"), and it sums no period ("منذ مطلع العام هجمات متكررة أسفرت عن مقتل 200").
      // Only the clauses up to the count speak of it: "القصف أسفر عن مقتل 4، في حين اكتفى المرصد بذكر
      // أن المحافظة تعرضت لقصف جوي" — the clause after في حين is another source's wording.
      const contrast = s.clauses.findIndex((_, k) => killed && k > clauseIndex(s, killed.from) && contrasts(ctx, s, k));
      const upTo = contrast > 0 ? s.clauses[contrast][0] : s.to;
      // A weak trigger after the toll goes on listing the outcome ("أسفرت عن مقتل سبعة عناصر وتدمير مستودعات").
      const anaphoric = triggers.every((t) => t.from > upTo || t.trigger.outcome || /^[وف]?(ال|لل)/.test(ctx.tokens[t.from].text) || (!t.strong && !!killed && t.from > killed.from))
        && !TALLY_PERIOD.test(sentenceFolded);
      if (!named && follows && previous && killed && anaphoric) {
        // A toll is of an attack, not of the curfew or the reinforcements reported with it.
        const first = previous.events.find((e) => VIOLENT.has(e.type)) ?? previous.events[0];
        // "مقتل خمسة من عناصر النظام، في حين قُتل ثلاثة من مقاتلي الفصائل": the other side's dead add up.
        const total = casualties.filter((c) => c.kind === "killed" && c.count !== null && (c === killed || contrasts(ctx, s, clauseIndex(s, c.from))))
          .reduce((n, c) => n + c.count!, 0);
        // A toll given after a vague one ("قُتل عدد من العناصر" … "بلغ عدد القتلى 18") is the count.
        if (first.fatalities === null || first.fatalities < total) {
          if (first.fatalities !== null) ctx.trace?.push({ stage: "event", rule: "later-toll", effect: `fatalities ${first.fatalities} → ${total}`, text: ctx.text.slice(s.sentence.start, s.sentence.end) });
          first.fatalities = total;
        }
        const injured = casualties.find((c) => c.kind === "injured" && c.count !== null);
        if (first.injured === null && injured) first.injured = injured.count;
        uncounted.delete(first);
      }
      continue;
    }

    const inSentence = actorsBySentence.get(s.index) ?? [];
    const sentenceActors = inSentence.filter((a) => a.entry.kind !== "media" && !isSource(ctx, s.from, a) && !isCondemner(ctx, s.from, a, inSentence));
    const sentenceRoles = assignRoles(sentenceActors);
    // "…، هم: 3 مدنيين برصاص مجهولين في درعا، و5 عناصر من قوات النظام بهجوم لداعش في بادية دير الزور": where the
    // sentence's events stand in clauses of their own, each names its own parties — in the place's clause,
    // else in its trigger's ("قصفت قوات النظام بلدة X، وبلدة Y"); a clause that says they are unknown has
    // none; else the nearest clause before that names some ("…، كما قصفت بلدة Y": the subject left unsaid).
    const eventClauses = new Set(kept.map((k) => k.clause));
    const rolesIn = (c: number) => assignRoles(sentenceActors.filter((a) => clauseIndex(s, a.from) === c));
    const parties = (rs: ReturnType<typeof assignRoles>) => rs.some((r) => r.role !== "associated");
    const rolesOf = (clause: number, triggerClause: number) => {
      if (eventClauses.size < 2) return sentenceRoles;
      for (const c of new Set([clause, triggerClause])) {
        const rs = rolesIn(c);
        if (parties(rs)) return rs;
        const [from, to] = s.clauses[c] ?? [s.from, s.to];
        if (anyIn(ctx, UNKNOWN_W, from, to)) return [];
      }
      for (let c = Math.min(clause, triggerClause) - 1; c >= 0; c--) {
        const rs = rolesIn(c);
        if (parties(rs)) return rs;
      }
      return [];
    };
    const date = s.sentence.ticker ? null : (cardDate !== null ? eventDateIn(cardDate, published) : null) ?? eventDateIn(sentenceFolded, published) ??
      (published ? { iso: published, precision: 2 as const } : null);
    const made: { e: ExtractedEvent; p: PlaceMention; clause: number }[] = [];
    for (const { p, t, clause } of kept) {
      if (made.some((m) => m.p.entry.key === p.entry.key && m.e.type === t.type)) continue;
      const roles = rolesOf(clause, t.clause);
      const regime = roles.find((r) => r.role === "actor1")?.kind;
      const e: ExtractedEvent = {
        type: t.type,
        subType: t.type === "Battles" && t.subType === "Government regains territory" && regime !== "government_forces" && regime !== "state" ? "Non-state actor overtakes territory" : t.subType,
        date: date?.iso ?? null,
        datePrecision: date?.precision ?? null,
        placeKey: p.entry.key,
        placeSurface: p.span.surface,
        placeQualified: qualifiedSurface(ctx, p),
        geoPrecision: p.geoPrecision,
        fatalities: null,
        injured: null,
        arrested: null,
        actors: roles.map(({ key, role }) => ({ key, role })),
        evidence: { start: s.sentence.start, end: s.sentence.end, surface: ctx.text.slice(s.sentence.start, s.sentence.end) },
        confidence: Math.max(0.3, (t.strong ? 0.8 : 0.5) - (p.entry.origin === "inferred" ? 0.1 : 0) - (s.sentence.ticker ? 0.1 : 0) - (p.anaphor ? 0.1 : 0)),
        fromTicker: s.sentence.ticker,
      };
      made.push({ e, p, clause });
      if (t.trigger.outcome && !t.caused) countOnly.add(e);
      // "الهجوم على مستشفى الأتارب انتهاك صارخ": a definite attack word with no weapon names the attack already reported.
      if (!t.strong && t.type === "Battles" && !t.trigger.outcome && /^[وف]?(ال|لل|بال)/.test(ctx.tokens[t.from].text)) backReference.add(e);
    }
    // "اقتحم محتجون غاضبون مقراً … احتجاجاً على": one crowd at one place; the riot is the event.
    for (let i = made.length - 1; i >= 0; i--) {
      const m = made[i];
      if (m.e.type === "Protests" && made.some((o) => o.e.type === "Riots" && o.p.entry.key === m.p.entry.key)) {
        ctx.trace?.push({ stage: "event", rule: "riot-not-protest", effect: "dropped: the same crowd rioted there", text: m.p.span.surface });
        made.splice(i, 1);
      }
    }
    distributeCasualties(ctx, s, casualties, made, triggers, sites);
    // The card's own toll fields count its attack where its line gives none.
    if (carded) {
      for (const m of made) {
        if (m.e.fatalities === null && carded.killed !== null) m.e.fatalities = carded.killed;
        if (m.e.injured === null && carded.injured !== null) m.e.injured = carded.injured;
      }
    }
    splitByDay(ctx, s, made, published);
    if (casualties.some((c) => c.kind === "killed" && c.count === null)) for (const m of made) if (m.e.fatalities === null) uncounted.add(m.e);
    for (const m of made) placeOf.set(m.e, m.p);
    const list = made.map((m) => m.e);
    // A card's field is a short line too, but the card is the report's own account, not a headline over it.
    if ((s.sentence.title || s.sentence.heading) && !carded) for (const e of list) fromTitle.add(e);
    else previous = { sentence: s.index, events: list };
    events.push(...list);
  }

  // A headline's events are reported again in the body; they are kept only where the body says
  // nothing: at the place itself (or the same settlement under another entry), or, for an event of the
  // same type, in the region it names — a governorate, or its capital's name standing for it in a
  // headline ("مقتل شاب في درعا" over "قُتل شاب في بلدة الحراك").
  const body = events.filter((e) => !fromTitle.has(e));
  const told = (e: ExtractedEvent) => {
    const p = placeOf.get(e)!;
    // A region a headline names ("المنطقة المنزوعة السلاح"، "الغوطة الشرقية") sums the body's events in its governorate.
    const region = p.entry.kind === "governorate" || p.entry.kind === "region" || namesGovernorate(p);
    return body.some((b) => {
      const q = placeOf.get(b)!.entry;
      // Places the text itself locates borrow their locator's point: not the same settlement for that.
      const located = p.entry.origin !== "inferred" && q.origin !== "inferred";
      const same = b.placeKey === e.placeKey || (located && Math.abs(p.entry.lat - q.lat) < 0.03 && Math.abs(p.entry.lon - q.lon) < 0.03);
      // A headline sums up the body: the same kind of event reported nearby ("اشتباكات في ريف منبج" over
      // clashes at a bridge in that countryside) is the one it means.
      const near = Math.abs(p.entry.lat - q.lat) < 0.3 && Math.abs(p.entry.lon - q.lon) < 0.3;
      return same || (b.type === e.type && ((region && p.entry.admin1 === q.admin1) || near));
    });
  };
  // "قُتل أربعة مدنيين في X" after "استهدفت الطائرات X": the toll of the attack already reported there that day.
  const tolls = new Set<ExtractedEvent>();
  for (const e of countOnly) {
    if (fromTitle.has(e)) continue;
    const i = events.indexOf(e);
    const attack = events.slice(0, i).find((b) => !countOnly.has(b) && !fromTitle.has(b) && VIOLENT.has(b.type) && b.placeKey === e.placeKey && b.date === e.date);
    if (!attack) {
      // "قتل 36 في قصف بالبراميل على أحياء حلب" then "21 قتلوا في حي مساكن هنانو": the toll of a place
      // inside the attack's place details that attack, and takes its type.
      const outer = events.slice(0, i).find((b) => !countOnly.has(b) && !fromTitle.has(b) && VIOLENT.has(b.type) && b.date === e.date && contains(placeOf.get(b)!, placeOf.get(e)!));
      if (outer && outer.type !== e.type) {
        ctx.trace?.push({ stage: "event", rule: "toll-inside-attack", effect: `${e.type} → ${outer.type}/${outer.subType}`, text: e.placeSurface });
        e.type = outer.type;
        e.subType = outer.subType;
      }
      continue;
    }
    if (e.fatalities !== null) {
      attack.fatalities = Math.max(attack.fatalities ?? 0, e.fatalities);
      uncounted.delete(attack);
    }
    if (e.injured !== null) attack.injured = Math.max(attack.injured ?? 0, e.injured);
    tolls.add(e);
  }
  const told_ = events.filter((e) => fromTitle.has(e) && told(e));
  for (const e of told_) {
    ctx.trace?.push({ stage: "event", rule: "headline-told", effect: "dropped: the body reports it", text: `${e.type} @ ${e.placeSurface}` });
    // "الخوذ البيضاء: 4 قتلى بقصف روسي على إدلب" over a body that gives no count: the headline's toll is the event's.
    const body_ = events.find((b) => !fromTitle.has(b) && b.type === e.type && (b.placeKey === e.placeKey || placeOf.get(b)?.entry.admin1 === placeOf.get(e)?.entry.admin1));
    // Only an attack takes a headline's toll: "حظر تجول في طرطوس والمرصد يتحدث عن مئات القتلى" counts no dead of the curfew.
    if (body_ && VIOLENT.has(body_.type) && body_.fatalities === null && e.fatalities !== null) {
      body_.fatalities = e.fatalities;
      uncounted.delete(body_);
      ctx.trace?.push({ stage: "event", rule: "headline-toll", effect: `fatalities ${e.fatalities} from the headline`, text: `${body_.type} @ ${body_.placeSurface}` });
    }
    if (body_ && body_.injured === null && e.injured !== null) body_.injured = e.injured;
  }
  const pointsBack = new Set(events.filter((e) => backReference.has(e) && events.some((b) => b !== e && !backReference.has(b) && VIOLENT.has(b.type) && b.placeKey === e.placeKey && b.date === e.date)));
  for (const e of pointsBack) ctx.trace?.push({ stage: "event", rule: "points-back", effect: "dropped: the attack already reported there", text: `${e.type} @ ${e.placeSurface}` });
  // A strike placed only in "the Syrian territory" is one the article places more precisely where it has a
  // strike at a Syrian place by the same side (or the vague one names no side); Israel's strikes "inside
  // Syria" and Iran's rockets on the Golan are two.
  const sides = (e: ExtractedEvent) => new Set(e.actors.filter((a) => a.role !== "associated").map((a) => a.key));
  const vague = new Set(events.filter((e) => inTerritory.has(placeOf.get(e)!) &&
    events.some((b) => b !== e && b.type === e.type && !inTerritory.has(placeOf.get(b)!) && placeOf.get(b)!.entry.countryCode === "SY" &&
      (sides(e).size === 0 || [...sides(b)].some((k) => sides(e).has(k))))));
  for (const e of vague) ctx.trace?.push({ stage: "event", rule: "territory-placed", effect: "dropped: the article places the strike", text: e.placeSurface });
  const regional = inRegionOfAnother(events.filter((e) => !tolls.has(e) && !told_.includes(e) && !vague.has(e)), placeOf, ctx);
  const result = dedupe(events.filter((e) => !tolls.has(e) && !told_.includes(e) && !regional.has(e) && !pointsBack.has(e) && !vague.has(e)), uncounted);
  for (const e of result) ctx.trace?.push({ stage: "event", rule: "made", effect: `${e.type}/${e.subType} @ ${e.placeSurface}, fatalities ${e.fatalities ?? "?"}`, text: e.evidence.surface });
  // ACLED records 0 where a report gives no deaths; null where it reports deaths it does not count.
  for (const e of result) if (e.fatalities === null && !uncounted.has(e)) e.fatalities = 0;
  return result;
}


/** The article's one Syrian place below the country, when it names only one (its first mention). */
const SYRIA = "country:SY";
/** "الأراضي السورية" as a token: the territory, not the country named as a party ("سوريا ترفض"). */
const TERRITORY = /^[وف]?(?:ب|ل)?(?:ال)?اراضي$/;

function loneSyrianPlace(places: PlaceMention[]): PlaceMention | null {
  const syrian = places.filter((p) => p.entry.countryCode === "SY" && p.entry.kind !== "country" && !p.anaphor);
  return syrian.length > 0 && syrian.every((p) => p.entry.key === syrian[0].entry.key) ? syrian[0] : null;
}

/** The direction adjectives of the places lexicon (الشمالي، الغربية…), and الأوسط. */
const DIRECTION_ADJECTIVE = foldSet([...Object.keys(DIRECTIONS).filter((d) => /ي$|ية$/.test(d)).flatMap((d) => (d.startsWith("ال") ? [d] : [d, "ال" + d])), "أوسط", "الأوسط"]);

/** "ريف درعا الجنوبي الغربي": the place as written with the direction adjectives after it. */
function qualifiedSurface(ctx: ArticleContext, p: PlaceMention): string | undefined {
  let to = p.to;
  while (to < ctx.tokens.length && to < p.to + 2 && DIRECTION_ADJECTIVE.has(ctx.tokens[to].text) && adjacent(ctx, to - 1)) to++;
  if (to === p.to) return undefined;
  const [, end] = originalSpan(ctx.folded, ctx.tokens[to - 1].start, ctx.tokens[to - 1].end);
  return ctx.text.slice(p.span.start, end);
}

/** Mentions grouped by sentence, in their order. */
function bySentence<T extends { sentence: number }>(mentions: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

/**
 * A tally reports no event of its own, but an incident it picks out with its day is one: "وسجل التقرير 3
 * مجازر، كانت إحداها في بلدة الجينة، حيث قتل 5 مدنيين بقصف مدفعي في 14 أيار". Only the triggers of a
 * clause that names a day of the month (not a month or a year: "خلال شهر أيار 2023" is the tally's period).
 */
function datedIncidents(ctx: ArticleContext, s: SentenceTokens, clauseTexts: string[], triggers: FoundTrigger[]): FoundTrigger[] {
  const kept = triggers.filter((t) => findDates(clauseTexts[t.clause] ?? "").some((d) => d.day !== null && d.day !== undefined));
  if (kept.length > 0) ctx.trace?.push({ stage: "event", rule: "tally-incident", effect: "the tally's dated incident is an event", text: ctx.text.slice(s.sentence.start, s.sentence.end) });
  return kept;
}

const SOURCE_CUE_W = wordClass("SOURCE_CUE_W", SOURCE_CUES);
const SOURCE_KIND_SET: ReadonlySet<string> = new Set(SOURCE_KINDS);

/** A monitor, an agency or a person named right after a word of reporting ("وفق ما أفاد المرصد") is the
 * sentence's source, not a party to its event. */
function isSource(ctx: ArticleContext, floor: number, a: ActorMention): boolean {
  if (!SOURCE_KIND_SET.has(a.entry.kind)) return false;
  // "المرصد: مقتل 12 شخصاً …"، "هيومن رايتس ووتش: هجمات على المدارس": a headline's speaker before a colon.
  if (/^\s*:/.test(ctx.folded.text.slice(ctx.tokens[a.to - 1].end, ctx.tokens[a.to - 1].end + 3))) {
    ctx.trace?.push({ stage: "event", rule: "actor-is-source", effect: "not a party: the headline's speaker", text: a.span.surface });
    return true;
  }
  for (let i = a.from - 1; i >= Math.max(floor, a.from - 1 - SOURCE_CUE_REACH); i--) {
    if (isWordToken(SOURCE_CUE_W, ctx.tokens[i])) {
      ctx.trace?.push({ stage: "event", rule: "actor-is-source", effect: "not a party: the sentence's source", text: a.span.surface });
      return true;
    }
  }
  return false;
}

const CONDEMNING_W = wordClass("CONDEMNING_W", CONDEMNING_VERBS);

/** The subject of a verb of condemning, the first actor just after it: it judges the event, it is no party. */
function isCondemner(ctx: ArticleContext, floor: number, a: ActorMention, mentions: readonly ActorMention[]): boolean {
  for (let i = a.from - 1; i >= Math.max(floor, a.from - 1 - CONDEMNING_REACH); i--) {
    if (!isWordToken(CONDEMNING_W, ctx.tokens[i])) continue;
    if (mentions.some((m) => m !== a && m.from > i && m.from < a.from)) return false;
    ctx.trace?.push({ stage: "event", rule: "actor-condemns", effect: "not a party: it condemns the event", text: a.span.surface });
    return true;
  }
  return false;
}

function assignRoles(mentions: ActorMention[]) {
  const out: { key: string; role: "actor1" | "actor2" | "associated"; kind: string }[] = [];
  for (const m of mentions) {
    if (out.some((o) => o.key === m.entry.key)) continue;
    const party = m.entry.kind !== "person" && m.entry.kind !== "international_org" && m.entry.kind !== "civil_society";
    const parties = out.filter((o) => o.role !== "associated").length;
    const role = party && parties === 0 ? "actor1" : party && parties === 1 ? "actor2" : "associated";
    out.push({ key: m.entry.key, role, kind: m.entry.kind });
  }
  return out;
}
