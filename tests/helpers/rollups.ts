// Every roll-up of lib/db/rollups.ts as stored by the triggers, next to the same sums computed here in
// JavaScript from the events, their actor roles and their sources: a test expects the two to be equal.
import { ROLLUPS } from "@/lib/db/rollups";
import type { Db } from "@/lib/db/client";
import { bucketStart } from "@/lib/timeline-buckets";
import { EVENT_TYPES, TYPE_BY_ACLED } from "@/lib/event-types";

type Row = Record<string, string | number>;

export async function storedAndComputed(db: Db): Promise<{ stored: Record<string, Row[]>; computed: Record<string, Row[]> }> {
  const events = await db.event.findMany({ where: { reviewStatus: { not: "rejected" } }, select: { id: true, date: true, placeId: true, type: true, admin1: true, fatalities: true } });
  const byId = new Map(events.map((e) => [e.id, e]));
  const links = {
    actor: (await db.eventActor.findMany({ select: { eventId: true, actorId: true } })).map((r) => ({ eventId: r.eventId, id: r.actorId })),
    source: (await db.eventSource.findMany({ select: { eventId: true, articleId: true } })).map((r) => ({ eventId: r.eventId, id: r.articleId })),
  };
  const stored: Record<string, Row[]> = {};
  const computed: Record<string, Row[]> = {};
  for (const t of ROLLUPS) {
    const sums = new Map<string, Row>();
    /** A pair roll-up's row: the left id, the governorate, the right id. */
    const addPair = (e: (typeof events)[number], left: number, right: number) => {
      const bucket: Row = { [t.keys[0]]: left, admin1: e.admin1 ?? "", [t.keys[2]]: right };
      const key = JSON.stringify(bucket);
      const row = sums.get(key) ?? sums.set(key, { ...bucket, events: 0 }).get(key)!;
      row.events = Number(row.events) + 1;
    };
    const add = (e: (typeof events)[number], linked?: number) => {
      const bucket: Row = {};
      for (const k of t.keys) {
        bucket[k] = k === "year" ? (e.date ? e.date.toISOString().slice(0, 4) : "") : k === "month" ? (e.date ? e.date.toISOString().slice(0, 7) : "") : k === "week" ? (e.date ? bucketStart(e.date.toISOString().slice(0, 10), "week") : "") : k === "placeId" ? (e.placeId ?? 0) : k === "admin1" ? (e.admin1 ?? "") : k === "type" ? e.type : linked!;
      }
      const key = JSON.stringify(bucket);
      const byType = t.byType ? Object.fromEntries(EVENT_TYPES.flatMap((ty) => [[`events_${ty.slug}`, 0], [`fatalities_${ty.slug}`, 0]])) : {};
      const withEventMeasures = t.of === "event" || t.distinct;
      const row = sums.get(key) ?? sums.set(key, { ...bucket, events: 0, ...(withEventMeasures ? { fatalities: 0 } : {}), ...byType }).get(key)!;
      const bump = (column: string, by: number) => { row[column] = Number(row[column]) + by; };
      bump("events", 1);
      if (withEventMeasures) bump("fatalities", e.fatalities ?? 0);
      const slug = TYPE_BY_ACLED.get(e.type)?.slug;
      if (t.byType && slug) {
        bump(`events_${slug}`, 1);
        bump(`fatalities_${slug}`, e.fatalities ?? 0);
      }
    };
    if (t.pair) {
      // Per event: each left id once, with each right link row (rows) or each right id once.
      const byEvent = (rows: { eventId: number; id: number }[]) => {
        const m = new Map<number, { eventId: number; id: number }[]>();
        for (const r of rows) m.set(r.eventId, [...(m.get(r.eventId) ?? []), r]);
        return m;
      };
      const lefts = byEvent(links[t.of as "actor"]);
      const rights = byEvent(links[t.pair.right]);
      for (const [eventId, ls] of lefts) {
        const e = byId.get(eventId);
        if (!e) continue;
        const rs = (rights.get(eventId) ?? []).map((r) => r.id);
        for (const l of new Set(ls.map((r) => r.id))) for (const r of t.pair.rows ? rs : [...new Set(rs)]) addPair(e, l, r);
      }
    } else if (t.of === "event") for (const e of events) add(e);
    else if (t.distinct) {
      // Each event and linked id once, however many link rows (roles) join them.
      const pairs = new Set(links[t.of].filter((r) => byId.has(r.eventId)).map((r) => `${r.eventId}|${r.id}`));
      for (const pair of pairs) {
        const [eventId, id] = pair.split("|").map(Number);
        add(byId.get(eventId)!, id);
      }
    } else for (const r of links[t.of]) if (byId.has(r.eventId)) add(byId.get(r.eventId)!, r.id);
    const rows = await db.$queryRawUnsafe<Row[]>(`SELECT * FROM "${t.table}"`);
    const norm = (xs: Row[]) => xs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    stored[t.table] = norm(rows);
    computed[t.table] = norm([...sums.values()]);
  }
  return { stored, computed };
}
