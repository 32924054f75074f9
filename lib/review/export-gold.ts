// The analysts' review as an evaluation set: the reviewed articles (every event they are a source of
// confirmed, corrected or rejected) in the scorer's gold format (../shared/eval/README.md), so that
// `npm run eval -- reviewed` measures the next extractor against what people decided. Reads the
// database, returns plain objects; write-gold.ts puts them on disk.
import type { Db } from "../db/client";
import { readArticles } from "../ingest/read";

export interface GoldItem {
  names: string[];
  kind: string;
  required: boolean;
}
export interface GoldPlace {
  names: string[];
  lat: number | null;
  lon: number | null;
  tol_km: number;
  required: boolean;
  note?: string;
}
export interface GoldEvent {
  note: string;
  types: string[];
  places: string[];
  fatalities: number | null;
  injured: number | null;
  date: string | null;
  required: boolean;
}
export interface GoldArticle {
  file: string;
  note: string;
  published: { accept: string[]; abstain_ok: boolean };
  places: GoldPlace[];
  actors: GoldItem[];
  events: GoldEvent[];
}
export interface GoldExport {
  gold: { about: string; articles: GoldArticle[] };
  /** One text per gold article, named as its `file`, that the project's reader reads back to the stored body. */
  texts: { file: string; text: string }[];
  /** Articles whose text could not carry everything the gold expects (said on the CLI, and in the article's note). */
  warnings: string[];
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x && !!x.trim()))];
const aliasesOf = (json: string): string[] => {
  try {
    const a: unknown = JSON.parse(json);
    return Array.isArray(a) ? a.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

/**
 * How far a predicted point may be from the stored one. The stored point is the gazetteer's (or the
 * analyst's corrected) point, so a town is held to 10 km; a governorate or a country is a region whose
 * point is only a centre, so the tolerance is its rough size (as ../shared/eval/real/gold.json does).
 */
function tolKm(kind: string, geoPrecision: number): number {
  if (kind === "country") return 300;
  if (kind === "governorate" || geoPrecision === 3) return 100;
  return geoPrecision === 2 ? 25 : 10;
}

/** The text the reader reads back to exactly this body and title (and date, when given), or null. */
function readsBack(text: string, body: string, title: string, date: string | null): boolean {
  try {
    const [a, more] = readArticles("gold.txt", Buffer.from(text), Number.MAX_SAFE_INTEGER).articles;
    return !more && a.body === body && a.title === title && (date === null || a.publishedAt === date);
  } catch {
    return false;
  }
}

/**
 * The article as a file. A publication date that came from file metadata (a TREC <TIME>, front matter,
 * a feed) is not in the body, so the extractor would not see it: such an article is written with YAML
 * front matter holding the date, when that reads back to the same body (the Markdown reader collapses
 * blank-line runs and markup, so not every body does). Otherwise it is the body as plain text.
 */
function articleText(body: string, title: string, metadataDate: string | null): { text: string; lostDate: boolean } {
  if (metadataDate) {
    const fm = `---\ntitle: ${JSON.stringify(title)}\ndate: ${metadataDate}\n---\n${body}\n`;
    if (readsBack(fm, body, title, metadataDate)) return { text: fm, lostDate: false };
  }
  return { text: body, lostDate: metadataDate !== null };
}

/** The file name of an article in the export: by id, because file names repeat across folders and corpora hold many articles. */
export const goldFileName = (articleId: number) => `a${articleId}.txt`;

export async function exportGold(db: Db, opts: { since?: Date } = {}): Promise<GoldExport> {
  // An article counts once it has events and none of them is still unreviewed.
  const articles = await db.article.findMany({
    where: { eventSources: { some: {}, none: { event: { reviewStatus: "unreviewed" } } } },
    orderBy: { id: "asc" },
    select: {
      id: true, fileName: true, title: true, body: true, publishedAt: true, dateEvidence: true,
      mentions: { where: { kind: { in: ["place", "actor"] } }, orderBy: { start: "asc" }, select: { surface: true, place: true, actor: true } },
      eventSources: { orderBy: { start: "asc" }, select: { event: { include: { place: true } } } },
    },
  });
  // The last review of an article is the latest correction of any of its events (confirming is a correction too).
  const keys = [...new Set(articles.flatMap((a) => a.eventSources.map((s) => s.event.key)))];
  const last = new Map<string, Date>();
  for (const c of await db.correction.findMany({ where: { eventKey: { in: keys } }, select: { eventKey: true, createdAt: true } })) {
    const seen = last.get(c.eventKey);
    if (!seen || c.createdAt > seen) last.set(c.eventKey, c.createdAt);
  }

  const out: GoldExport = { gold: { about: "", articles: [] }, texts: [], warnings: [] };
  for (const a of articles) {
    const reviewedAt = a.eventSources.map((s) => last.get(s.event.key)).reduce<Date | undefined>((m, d) => (d && (!m || d > m) ? d : m), undefined);
    if (opts.since && (!reviewedAt || reviewedAt < opts.since)) continue;

    const places = new Map<number, GoldPlace>();
    const actors = new Map<number, GoldItem>();
    for (const m of a.mentions) {
      if (m.place) {
        const p = m.place;
        const g = places.get(p.id) ?? {
          names: uniq([p.nameAr, ...aliasesOf(p.aliases)]), lat: p.lat, lon: p.lon, tol_km: tolKm(p.kind, p.geoPrecision),
          // A place without a point cannot be located by anyone: neither rewarded nor penalised.
          required: p.lat != null && p.lon != null,
        };
        g.names = uniq([...g.names, m.surface]);
        places.set(p.id, g);
      } else if (m.actor) {
        const x = m.actor;
        const g = actors.get(x.id) ?? { names: uniq([x.nameAr, ...aliasesOf(x.aliases)]), kind: x.kind, required: true };
        g.names = uniq([...g.names, m.surface]);
        actors.set(x.id, g);
      }
    }

    const events = new Map<number, GoldEvent>();
    for (const { event: e } of a.eventSources) {
      // Rejected events are left out: a prediction of one is a false positive, as it should be.
      if (e.reviewStatus === "rejected" || events.has(e.id)) continue;
      events.set(e.id, {
        note: `event ${e.id} (${e.reviewStatus}${e.editedFields ? `: ${e.editedFields}` : ""}${e.reviewedBy ? `, ${e.reviewedBy}` : ""})`,
        types: [e.type],
        places: e.place ? uniq([e.place.nameAr, ...aliasesOf(e.place.aliases)]) : [],
        fatalities: e.fatalities,
        injured: e.injured,
        date: day(e.date),
        // An event without a place can match no prediction (the scorer matches events by place).
        required: e.place != null,
      });
    }

    const file = goldFileName(a.id);
    const published = day(a.publishedAt);
    const { text, lostDate } = articleText(a.body, a.title, a.dateEvidence === "metadata" ? published : null);
    if (!lostDate && !readsBack(text, a.body, a.title, null)) out.warnings.push(`${file} (${a.fileName}): its text does not read back to the stored body`);
    if (lostDate) out.warnings.push(`${file} (${a.fileName}): its publication date ${published} came from file metadata and could not be written with the text`);
    out.gold.articles.push({
      file,
      note: `${a.fileName} (article ${a.id}), last reviewed ${reviewedAt?.toISOString() ?? "?"}${lostDate ? "; the metadata date is not in the text" : ""}`,
      published: published ? { accept: [published], abstain_ok: false } : { accept: [], abstain_ok: true },
      places: [...places.values()],
      actors: [...actors.values()],
      events: [...events.values()],
    });
    out.texts.push({ file, text });
  }
  out.gold.about =
    `Reviewed articles exported by npm run export-gold${opts.since ? ` (reviewed since ${opts.since.toISOString()})` : ""}: ` +
    `${out.gold.articles.length} articles whose every event an analyst confirmed, corrected or rejected. Events carry the ` +
    "effective (corrected) values; rejected events are left out; places and actors are the stored (corrected) ones with " +
    "the surface forms of the text. Texts are the stored bodies as plain text, with YAML front matter for a " +
    "publication date that came from file metadata (an article's note says when that could not be done).";
  return out;
}
