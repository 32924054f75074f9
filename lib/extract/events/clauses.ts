// Stage 3: the clauses of a sentence and the triggers that govern each place: its own clause first,
// then what the syntax carries over.
import type { CasualtyMention } from "../casualties";
import type { ArticleContext, SentenceTokens } from "../context";
import type { PlaceMention } from "../places";
import { ANOTHER_W, MARKER_W, WITNESS_W, CUE_W, DIRECTION_W, LINK_W, PREPOSITIONS, IN_W, BETWEEN_W, LOCATOR_W, CAUSE_W, RELATIVE_W, is, FoundTrigger, ClauseView, anyIn, VIOLENT, RESUMPTIVE } from "./shared";

export function buildViews(ctx: ArticleContext, s: SentenceTokens, triggers: FoundTrigger[], sites: PlaceMention[], all: PlaceMention[], casualties: CasualtyMention[]): ClauseView[] {
  const inMention = new Set<number>();
  for (const p of all) if (p.sentence === s.index) for (let i = p.from; i < p.to; i++) inMention.add(i);
  return s.clauses.map(([from, to], k) => {
    let listOnly = to > from;
    for (let i = from; i < to && listOnly; i++) {
      const t = ctx.tokens[i].text;
      const nisba = /^[وف]?ال.+(ي|يه)$/.test(t) && (inMention.has(i - 1) || /^[وف]?ال.+(ي|يه)$/.test(ctx.tokens[i - 1]?.text ?? ""));
      listOnly = inMention.has(i) || is(CUE_W, t) || is(DIRECTION_W, t) || is(LINK_W, t) || is(LOCATOR_W, t) || nisba;
    }
    const first = ctx.tokens[from]?.text ?? "";
    const second = ctx.tokens[from + 1]?.text ?? "";
    let opener: ClauseView["opener"] = null;
    if (is(MARKER_W, first) || (is(IN_W, first) && second === "حين")) opener = "marker";
    else if (is(PREPOSITIONS, first) || (/^[وف]?ب/.test(first) && all.some((p) => p.from === from && p.span.start > ctx.folded.offsets[ctx.tokens[from].start]))) {
      opener = k === 0 ? "fronted" : "adjunct";
    } else if (k > 0 && (is(BETWEEN_W, first) || is(CUE_W, first) || is(ANOTHER_W, first) || all.some((p) => p.from === from))) {
      // "…، بين فصيلي X وY في مدينة اعزاز"، "قصفت الطائرات، فجر اليوم، بلدة X"، "…، وأخرى في بلدة نمر": the
      // clause goes on the one before.
      opener = "adjunct";
    }
    return {
      from, to, opener, listOnly,
      triggers: triggers.filter((t) => t.clause === k),
      places: sites.filter((p) => p.from >= from && p.from < to),
      casualty: casualties.some((c) => c.from >= from && c.from < to && c.kind !== "arrested"),
    };
  });
}

const WHERE = /^[وف]?حيث$/;

/** The triggers that govern a place: its own clause first, then what the syntax carries over. */
export function governing(ctx: ArticleContext, views: ClauseView[], c: number, p: PlaceMention): FoundTrigger[] {
  const v = views[c];
  // A trigger does not reach a place in a phrase of cause after it ("اندلعت على خلفية خلاف على إدارة معبر X").
  // A weak trigger governs only where no strong one does: "الهجمات جاءت رداً على قصف صاروخي … استهدفها في
  // الجولان" is the shelling's place, not a clash.
  const preceding = v.triggers.filter((t) => t.to <= p.from);
  const last = preceding.at(-1);
  // "مواجهات بين محتجين وعناصر الأمن في X": a riot is stronger than the weak protest word inside it.
  const stronger = last && !last.strong && !last.trigger.outcome && !last.trigger.neutral ? preceding.filter((t) => t.strong && (VIOLENT.has(t.type) || t.type === "Riots")).at(-1) : undefined;
  const before = stronger ?? last;
  if (before && anyIn(ctx, CAUSE_W, before.to, p.from)) return [];
  const strongAfter = v.triggers.find((t) => t.strong && t.from >= p.to);
  // "وفي حي درعا البلد نفذت وحدات من الجيش عمليات": a fronted place is where the whole clause happens.
  const fronted = c === 0 && v.opener === "fronted";
  const after = fronted ? v.triggers.find((t) => t.from >= p.to) : strongAfter;
  if (before) {
    // "رأس العين التي تشهد اشتباكات": what the place witnesses is an event there too.
    const witnessed = strongAfter && strongAfter.type !== before.type && anyIn(ctx, WITNESS_W, p.to, Math.min(strongAfter.from, p.to + 3));
    return witnessed ? [before, strongAfter] : [before];
  }
  if (after) return [after];
  // "وشهدت ساحة الكرامة في السويداء تجمعاً لمئات المحتجين": what the place witnesses, even in a weak word.
  const witnessedWeak = v.triggers.find((t) => t.from >= p.to && anyIn(ctx, WITNESS_W, v.from, p.from));
  if (witnessedWeak) return [witnessedWeak];
  // "قرية المختارية التي قُتل فيها 31 شخصاً": a relative clause pointing back to the place tells what happened there.
  const relative = v.triggers.find((t) => t.from >= p.to && t.from - p.to <= 2 && anyIn(ctx, RELATIVE_W, p.to, t.from) && RESUMPTIVE.test(ctx.tokens[t.to]?.text ?? ""));
  if (relative) return [relative];
  if (v.triggers.length) return [];

  const best = (k: number, last: boolean) => {
    const ts = views[k].triggers;
    const strong = ts.filter((t) => t.strong);
    const pool = strong.length ? strong : ts;
    return last ? pool.at(-1)! : pool[0];
  };
  // A list of places runs on from the clause that names the first of them ("غارات على بلدات X، Y، Z").
  let head = c;
  while (head > 0 && views[head].listOnly) head--;
  for (let k = c - 1; k >= head && v.listOnly; k--) if (views[k].triggers.length) return [best(k, true)];
  // "وفي X، قُتل …"، "شهدت X، Y، مظاهرات": the rest of the sentence says what happened there.
  const witness = anyIn(ctx, WITNESS_W, views[head].from, p.from);
  if (views[head].opener === "fronted" || witness) {
    for (let k = c + 1; k < views.length; k++) {
      // "وتشهد السويداء توترات …، حين قتل العشرات في اشتباكات في جرمانا": a trigger with a place of its
      // own after it is that place's event, not what the witnessing place saw.
      if (views[k].triggers.length && witness && views[head].opener !== "fronted" && views[k].places.some((q) => q.from > views[k].triggers[0].from)) return [];
      if (views[k].triggers.length) return [best(k, false)];
      if (views[k].listOnly || (views[head].opener === "fronted" && views[k].places.length === 0)) continue;
      break;
    }
  }
  // "نفذت قسد عملية إنزال في بلدة X، قُتل خلالها شخص واعتُقل ستة": the next clause's trigger, pointing back
  // with خلالها/فيها/إثرها, says what happened at the place.
  const next = views[c + 1];
  if (next?.triggers.length) {
    const t = next.triggers[0];
    const back = ctx.tokens.slice(t.to, Math.min(next.to, t.to + 2)).some((x) => RESUMPTIVE.test(x.text));
    if (back && t.from - next.from <= 1) return next.triggers.filter((x) => x.strong || x === t).slice(0, 2);
  }
  // "كانت إحداها في بلدة الجينة، حيث قتل 5 مدنيين بقصف مدفعي": a clause opened by حيث, with no place of its
  // own, says what happened at the place the clause before ends with.
  if (next?.triggers.length && next.places.length === 0 && WHERE.test(ctx.tokens[next.from]?.text ?? "") && !v.places.some((q) => q.from > p.from)) {
    return [next.triggers.find((t) => t.strong) ?? next.triggers[0]];
  }
  // "…، ما أدى إلى مقتل مدنيين في X": the casualties of the event before.
  if (v.casualty) {
    for (let k = c - 1; k >= 0; k--) if (views[k].triggers.length) return [best(k, true)];
    for (let k = c + 1; k < views.length; k++) if (views[k].triggers.length) return [best(k, false)];
  }
  // "تتواصل الاشتباكات …، على محاور في محيط بلدة X": a prepositional adjunct of the clause before.
  // Past any number of clauses that name neither a place nor an event: the time, the sides ("بين قوات
  // النظام … من جهة، وهيئة تحرير الشام … من جهة ثانية"), a source.
  // "…، على أطراف مدينة X، وفي محيط مدينة Y": an adjunct joined by و goes on the adjunct before it.
  if (v.opener === "adjunct") {
    const joined = /^و./.test(ctx.tokens[v.from]?.text ?? "");
    for (let k = c - 1; k >= 0; k--) {
      if (views[k].triggers.length) return [best(k, true)];
      // A marker begins another statement, unless it is a short adverbial of time ("منذ فجر اليوم الجمعة").
      if ((views[k].places.length && !(joined && views[k].opener === "adjunct")) || (views[k].opener === "marker" && views[k].to - views[k].from > 5)) break;
    }
  }
  // "اعتقلت، أمس، خمسة شبان في مدينة X": a short adverbial between commas interrupts the clause, not the sentence.
  if (v.opener !== "marker") {
    let k = c - 1;
    while (k >= 0 && views[k].to - views[k].from <= 4 && !views[k].triggers.length && !views[k].places.length) k--;
    if (k < c - 1 && k >= 0 && views[k].triggers.length) return [best(k, true)];
  }
  return [];
}
