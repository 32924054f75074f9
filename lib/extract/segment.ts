// Splits an article into the pieces extraction reads: the title, sentences with their clauses, and
// the page noise around them. Breaking-news tickers are real reports (of another day, often), so their
// items become sentences marked as ticker items; "related articles" lists yield nothing.

export interface Sentence {
  start: number;
  end: number;
  /** clause boundaries inside the sentence, as [start, end) offsets in the original text */
  clauses: [number, number][];
  ticker: boolean;
  title: boolean;
  /** a line that credits staff (Editing:, بقلم…): names in it are not actors */
  byline: boolean;
  /** a photo caption ("صورة من الأرشيف"، "(تصوير: …)"): it describes a picture, not the news */
  caption: boolean;
  /** a subheading: a short line of its own without a full stop, summing up what follows */
  heading: boolean;
}

export interface Segmented {
  title: string;
  titleSpan: [number, number];
  sentences: Sentence[];
  /** spans of page noise (related-article lists, navigation) that extraction skips */
  skipped: [number, number][];
}

const RELATED = /^(?:\s*)(?:مقالات|أخبار|اخبار|مواضيع|مواد|قصص)\s+(?:ذات\s+صلة|متعلقة|مشابهة)|^\s*(?:إقرأ|اقرأ|أقرأ)\s+(?:أيضا|أيضاً|ايضا|المزيد)\s*:?\s*$|^\s*(?:الأكثر\s+(?:قراءة|مشاهدة)|آخر\s+الأخبار|شاهد\s+أيضا|شاهد\s+أيضاً|روابط\s+ذات\s+صلة)\s*:?\s*$/;
const READ_ALSO_LINE = /^\s*(?:إقرأ|اقرأ|أقرأ)\s+(?:أيضا|أيضاً|ايضا)\s*:/;
const TICKER_HEAD = /^\s*(?:الأخبار\s+العاجلة|أخبار\s+عاجلة|عاجل)\s*:?\s*$/;
const TICKER_TIME = /\s[-–]\s\d{1,2}:\d{2}\b/g;

/** A line of breaking-news items: several time-stamped items, or items between " | ". */
export function looksLikeTicker(line: string): boolean {
  return [...line.matchAll(TICKER_TIME)].length >= 2 || (line.match(/\s\|\s/g) ?? []).length >= 2;
}
/** A breaking-news item: "عاجل | …" or "عاجل: …". */
const BREAKING = /^\s*عاجل\s*[|:：\-–]/;
const CAPTION = /^\s*التعليق على الصورة|صورة من الأرشيف|صورة أرشيفية|\(\s*(?:تصوير|صورة|الصورة)\s*[:：]|^\s*(?:صورة|الصورة)\s*[:：]|[-–]\s*صورة\s*(?:من|:)/;
const BYLINE = /^\s*(?:editing|edited by|by|author|تحرير|إعداد|بقلم|تصوير|كتابة|ترجمة|تدقيق)\s*[:：|]/i;

export interface Line { start: number; end: number; text: string }

/** The lines of a text with their offsets. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const raw of text.split("\n")) {
    out.push({ start: pos, end: pos + raw.length, text: raw });
    pos += raw.length + 1;
  }
  return out;
}

/** Sentence ends: . ! ? ؟ followed by white space or end, not inside a number like 18.4 or 2254. */
function splitSentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if ((ch === "." || ch === "!" || ch === "?" || ch === "؟") && (i + 1 >= end || /\s|["”»]/.test(text[i + 1]))) {
      if (ch === "." && i > start && /\d/.test(text[i - 1]) && /\d/.test(text[i + 1] ?? "")) continue;
      out.push([s, i + 1]);
      s = i + 1;
    }
  }
  if (s < end) out.push([s, end]);
  return out.map(([a, b]) => trim(text, a, b)).filter(([a, b]) => b > a);
}

function trim(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

function splitClauses(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (text[i] === "،" || text[i] === "؛" || text[i] === ";" || (text[i] === "," && !/\d/.test(text[i + 1] ?? ""))) {
      out.push(trim(text, s, i));
      s = i + 1;
    }
  }
  out.push(trim(text, s, end));
  return out.filter(([a, b]) => b > a);
}

function sentence(text: string, a: number, b: number, flags: Partial<Sentence> = {}): Sentence {
  return { start: a, end: b, clauses: splitClauses(text, a, b), ticker: false, title: false, byline: false, caption: false, heading: false, ...flags };
}

export function segment(text: string): Segmented {
  const all = lines(text);
  const sentences: Sentence[] = [];
  const skipped: [number, number][] = [];
  const firstIdx = all.findIndex((l) => l.text.trim() !== "");
  const titleLine = firstIdx >= 0 ? all[firstIdx] : { start: 0, end: 0, text: "" };
  const titleSpan = trim(text, titleLine.start, titleLine.end);

  let inRelated = false;
  let tickerNext = false;
  for (let li = 0; li < all.length; li++) {
    const line = all[li];
    const t = line.text.trim();
    if (!t) continue;
    if (RELATED.test(t)) {
      inRelated = true;
      skipped.push([line.start, line.end]);
      continue;
    }
    // A related-articles list runs until a real paragraph (a long line) starts again.
    if (inRelated) {
      if (t.length < 140) {
        skipped.push([line.start, line.end]);
        continue;
      }
      inRelated = false;
    }
    if (READ_ALSO_LINE.test(t)) {
      skipped.push([line.start, line.end]);
      continue;
    }
    if (TICKER_HEAD.test(t)) {
      tickerNext = true;
      continue;
    }
    const times = [...line.text.matchAll(TICKER_TIME)];
    if (BREAKING.test(t) && !tickerNext && times.length < 2) {
      const [a, b] = trim(text, line.start, line.end);
      sentences.push(sentence(text, a, b, { ticker: true }));
      continue;
    }
    if (tickerNext || times.length >= 2) {
      let s = line.start;
      for (const m of times) {
        const [a, b] = trim(text, s, line.start + m.index!);
        if (b > a) sentences.push(sentence(text, a, b, { ticker: true }));
        s = line.start + m.index! + m[0].length;
      }
      const [a, b] = trim(text, s, line.end);
      if (b > a) sentences.push(sentence(text, a, b, { ticker: true }));
      tickerNext = false;
      continue;
    }
    const isTitle = line === titleLine;
    const byline = BYLINE.test(t);
    const caption = !isTitle && CAPTION.test(t);
    const parts = splitSentences(text, line.start, line.end);
    const heading = !isTitle && !byline && !caption && parts.length === 1 && !/[.!?؟:"”»]$/.test(t) && t.split(/\s+/).length <= 20;
    for (const [a, b] of parts) sentences.push(sentence(text, a, b, { title: isTitle, byline, caption, heading }));
  }
  return { title: text.slice(titleSpan[0], titleSpan[1]), titleSpan, sentences, skipped };
}
