// The filter state of every view, read from and written to the URL. Shared by server components
// (first render), route handlers and client components (refetch), so one URL means one view.
// A malformed parameter is dropped with a notice the filter bar shows; it never breaks the page.
import { GOVERNORATE_BY_CODE } from "../extract/lexicon/governorates";
import { SUB_TYPE_LABELS, TYPE_BY_SLUG } from "../event-types";
import { integerIn, isDay } from "./coerce";

export interface Filters {
  /** ISO 3166-2 governorate codes (SY-ID…). */
  gov: string[];
  /** Inclusive days, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Event type slugs (see lib/event-types). */
  type: string[];
  actor: number | null;
  place: number | null;
  q: string;
  /** ACLED sub-event types, by their English name (the stored value). */
  sub: string[];
  /** Only events with at least this many dead (1 or more); null = no floor. */
  minFatal: number | null;
  /** ACLED geo-precision codes (1 exact, 2 near, 3 governorate only). */
  geo: number[];
  /** ACLED time-precision codes (1 day, 2 week, 3 month). */
  time: number[];
  /** With `actor`: only events where that actor is actor1 (the one acting) or actor2 (acted upon). */
  role: ActorRole | null;
  /** Leave out events read only from synthetic articles (lib/synth). */
  noSynth: boolean;
  /** Review statuses to show; empty = every status but rejected (rejected events leave every count). */
  status: ReviewStatus[];
}

export const REVIEW_STATUSES = ["unreviewed", "confirmed", "corrected", "rejected"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** What an empty `status` means. */
export const DEFAULT_STATUSES: ReviewStatus[] = ["unreviewed", "confirmed", "corrected"];

export const ACTOR_ROLES = ["actor1", "actor2"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];
export const PRECISION_CODES = [1, 2, 3] as const;
const MAX_FATAL = 100_000;

export const EMPTY_FILTERS: Filters = {
  gov: [], from: null, to: null, type: [], actor: null, place: null, q: "",
  sub: [], minFatal: null, geo: [], time: [], role: null, noSynth: false, status: [],
};

/** Fresh empty filters (the lists are new arrays, safe to push to). */
export const emptyFilters = (): Filters => ({ ...EMPTY_FILTERS, gov: [], type: [], sub: [], geo: [], time: [], status: [] });

export interface ParsedFilters {
  filters: Filters;
  notices: string[];
}

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const MAX_ID = 2 ** 31 - 1;
const MAX_TEXT = 200;

function values(raw: RawParams, name: string): string[] {
  const v = raw instanceof URLSearchParams ? raw.getAll(name) : raw[name];
  const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
  return list.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
}

export function parseFilters(raw: RawParams): ParsedFilters {
  const notices: string[] = [];
  const f = emptyFilters();

  for (const code of values(raw, "gov")) {
    const c = code.toUpperCase();
    if (GOVERNORATE_BY_CODE.has(c)) f.gov.push(c);
    else notices.push(`تجاهلنا رمز محافظة غير معروف: «${code}»`);
  }
  f.gov = [...new Set(f.gov)].sort();

  for (const name of ["from", "to"] as const) {
    const v = values(raw, name)[0];
    if (v === undefined) continue;
    if (isDay(v)) f[name] = v;
    else notices.push(`تجاهلنا تاريخاً غير صالح في «${name}»: «${v}» (الصيغة YYYY-MM-DD)`);
  }
  if (f.from && f.to && f.from > f.to) {
    [f.from, f.to] = [f.to, f.from];
    notices.push("كان تاريخ البداية بعد تاريخ النهاية فبدّلناهما");
  }

  for (const slug of values(raw, "type")) {
    if (TYPE_BY_SLUG.has(slug)) f.type.push(slug);
    else notices.push(`تجاهلنا نوع حدث غير معروف: «${slug}»`);
  }
  f.type = [...new Set(f.type)].sort();

  for (const s of values(raw, "status")) {
    if ((REVIEW_STATUSES as readonly string[]).includes(s)) f.status.push(s as ReviewStatus);
    else notices.push(`تجاهلنا حالة مراجعة غير معروفة: «${s}»`);
  }
  f.status = REVIEW_STATUSES.filter((s) => f.status.includes(s));

  for (const name of ["actor", "place"] as const) {
    const v = values(raw, name)[0];
    if (v === undefined) continue;
    const parsed = integerIn(v, 1, MAX_ID);
    if (parsed !== null) f[name] = parsed;
    else notices.push(`تجاهلنا معرّفاً غير صالح في «${name}»: «${v}»`);
  }

  for (const name of values(raw, "sub")) {
    if (Object.hasOwn(SUB_TYPE_LABELS, name)) f.sub.push(name);
    else notices.push(`تجاهلنا نوعاً فرعياً غير معروف: «${name}»`);
  }
  f.sub = [...new Set(f.sub)].sort();

  const minFatal = values(raw, "minfat")[0];
  if (minFatal !== undefined) {
    const parsed = integerIn(minFatal, 0, MAX_FATAL);
    // 0 dead as a floor is no filter at all; it is dropped silently so the URL stays canonical.
    if (parsed !== null) f.minFatal = parsed > 0 ? parsed : null;
    else notices.push(`تجاهلنا حداً أدنى غير صالح للقتلى: «${minFatal}» (عدد صحيح من 0 إلى ${MAX_FATAL})`);
  }

  for (const [name, label] of [["geo", "دقة الموقع"], ["time", "دقة التاريخ"]] as const) {
    for (const v of values(raw, name)) {
      const n = Number(v);
      if ((PRECISION_CODES as readonly number[]).includes(n) && /^\d$/.test(v)) f[name].push(n);
      else notices.push(`تجاهلنا قيمة غير معروفة في «${label}»: «${v}» (1 أو 2 أو 3)`);
    }
    f[name] = [...new Set(f[name])].sort();
  }

  const role = values(raw, "role")[0];
  if (role !== undefined) {
    if (!(ACTOR_ROLES as readonly string[]).includes(role)) notices.push(`تجاهلنا دوراً غير معروف للفاعل: «${role}» (actor1 أو actor2)`);
    // A role says which side the chosen actor is on; without an actor it means nothing.
    else if (f.actor === null) notices.push("تجاهلنا دور الفاعل لأن الفاعل غير محدد");
    else f.role = role as ActorRole;
  }

  const noSynth = values(raw, "nosynth")[0];
  if (noSynth !== undefined) {
    if (noSynth === "1") f.noSynth = true;
    else if (noSynth !== "0") notices.push(`تجاهلنا قيمة غير صالحة في «nosynth»: «${noSynth}» (1 أو 0)`);
  }

  // Control characters become spaces: XML forbids most of them even escaped, so one (U+0001) in q
  // broke the SVG and PNG exports that quote the filters; none belongs in a search anyway.
  const q = ((raw instanceof URLSearchParams ? raw.get("q") : [raw.q].flat()[0]) ?? "").replace(/[\u0000-\u001F\u007F-\u009F]/g, " ");
  // Cut by code point (never inside a character) and trim again, so the cut text is canonical.
  const chars = Array.from(q.trim());
  f.q = chars.slice(0, MAX_TEXT).join("").trim();
  if (chars.length > MAX_TEXT) notices.push(`اقتصر البحث على أول ${MAX_TEXT} حرف`);

  return { filters: f, notices };
}

/** The canonical query string: the same filters always give the same string (and cache key). */
export function filtersToQuery(f: Filters): string {
  const p = new URLSearchParams();
  if (f.gov.length) p.set("gov", [...f.gov].sort().join(","));
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.type.length) p.set("type", [...f.type].sort().join(","));
  if (f.actor) p.set("actor", String(f.actor));
  if (f.place) p.set("place", String(f.place));
  if (f.q) p.set("q", f.q);
  if (f.sub.length) p.set("sub", [...f.sub].sort().join(","));
  if (f.minFatal) p.set("minfat", String(f.minFatal));
  if (f.geo.length) p.set("geo", [...f.geo].sort().join(","));
  if (f.time.length) p.set("time", [...f.time].sort().join(","));
  if (f.role && f.actor) p.set("role", f.role);
  if (f.noSynth) p.set("nosynth", "1");
  if (f.status.length) p.set("status", f.status.join(","));
  return p.toString();
}

/** The statuses a query counts: the chosen ones, or every one but rejected. */
export const statusesOf = (f: Filters): ReviewStatus[] => (f.status.length ? f.status : DEFAULT_STATUSES);

export const hasFilters = (f: Filters) => filtersToQuery(f) !== "";

/** The last `days` days up to `today` (inclusive), as the date presets apply them. */
export function lastDays(days: number, today = new Date()): { from: string; to: string } {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}
