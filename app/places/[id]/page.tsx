import Link from "next/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { EventsTable } from "@/components/events/events-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { EventMap } from "@/components/map/event-map";
import { PreloadMap } from "@/components/map/preload-map";
import { Prefetched } from "@/app/_panels/prefetched";
import { EntityHistoryPanel } from "@/app/_panels/entity-history-panel";
import { PlaceCorrectionForm } from "@/components/review/place-correction-form";
import { currentEditor } from "@/lib/auth/guard";
import { FilterBarSkeleton, ListSkeleton, MapSkeleton, TableSkeleton, TimelineSkeleton } from "@/components/ui/skeletons";
import { fetchPlace, fetchPlaceActors, fetchPlaceArticles } from "@/lib/data/places";
import { readEnv } from "@/lib/env";
import { GOVERNORATE_BY_CODE } from "@/lib/extract/lexicon/governorates";
import { EMPTY_FILTERS } from "@/lib/filters";
import { ACTOR_KIND_LABELS, formatDate, PLACE_KIND_LABELS, PLACE_ORIGIN_LABELS } from "@/lib/format";
import { readId, readPageParams, type SearchParams } from "@/lib/page-params";
import { GEO_PRECISION } from "@/lib/precision";
import { count } from "@/config/plurals";

export const dynamic = "force-dynamic";

export default async function PlacePage({ params: p, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const id = await readId(p);
  const place = await fetchPlace(id);
  if (!place) notFound();
  const pinned = { place: id };
  const { filters, table } = await readPageParams(searchParams, pinned);
  const gov = place.admin1 ? GOVERNORATE_BY_CODE.get(place.admin1) : undefined;
  const editor = await currentEditor();
  // The head needs only the place; every panel below streams in on its own (see app/page.tsx).
  return (
    <>
      <header className="profile-head">
        <p className="muted">{PLACE_KIND_LABELS[place.kind] ?? place.kind}{gov ? ` · محافظة ${gov.nameAr}` : ""}</p>
        <h1>{place.nameAr}</h1>
        {place.nameEn ? <p dir="ltr" className="muted name-en">{place.nameEn}</p> : null}
        <dl className="facts">
          {place.aliases.length ? (<><dt>كتابات أخرى</dt><dd>{place.aliases.slice(0, 12).join("، ")}</dd></>) : null}
          <dt>الموقع</dt>
          <dd>
            {place.lat !== null && place.lon !== null ? <span dir="ltr">{place.lat.toFixed(4)}, {place.lon.toFixed(4)}</span> : "غير معروف"}
            {" · "}{place.kind === "country" ? "على مستوى الدولة فقط" : GEO_PRECISION[place.geoPrecision] ?? ""}
          </dd>
          {place.mergedIntoId ? (<><dt>دُمج في</dt><dd><Link href={`/places/${place.mergedIntoId}`} data-testid="merged-into">المكان الذي يجمع أخباره</Link></dd></>) : null}
          <dt>مصدر الإحداثيات</dt><dd>{PLACE_ORIGIN_LABELS[place.origin] ?? place.origin}{place.geonamesId ? ` (GeoNames ${place.geonamesId})` : ""}</dd>
        </dl>
      </header>
      <PreloadMap />
      <Suspense fallback={<FilterBarSkeleton />}>
        <Prefetched filters={filters} views={["actorOptions"]}><FilterBar pinned={pinned} /></Prefetched>
      </Suspense>
      <div className="overview-grid">
        <Suspense fallback={<MapSkeleton />}>
          <Prefetched filters={filters} views={["map"]}>
            <EventMap pinned={pinned} tileUrl={readEnv().TILE_URL ?? null} names={{ place: place.nameAr }}
              center={place.lat !== null && place.lon !== null && place.kind !== "country" && place.kind !== "governorate" ? { lat: place.lat, lon: place.lon } : null} />
          </Prefetched>
        </Suspense>
        <Suspense fallback={<TimelineSkeleton height={240} />}>
          <Prefetched filters={filters} views={["timeline"]}>
            <TimelineChart pinned={pinned} title={`الأحداث في ${place.nameAr}`} names={{ place: place.nameAr }} height={240} />
          </Prefetched>
        </Suspense>
      </div>
      <div className="two-col">
        <Suspense fallback={<ListSkeleton label="جارٍ تحميل الفاعلين" />}><PlaceActors id={id} /></Suspense>
        <Suspense fallback={<ListSkeleton label="جارٍ تحميل المقالات" />}><PlaceArticles id={id} /></Suspense>
      </div>
      <Suspense fallback={<TableSkeleton />}>
        <Prefetched filters={filters} views={[{ events: table }]}><EventsTable pinned={pinned} /></Prefetched>
      </Suspense>
      {editor ? <PlaceCorrectionForm place={{ id: place.id, nameAr: place.nameAr, kind: place.kind, admin1: place.admin1, lat: place.lat, lon: place.lon }} /> : null}
      <Suspense fallback={<ListSkeleton label="جارٍ تحميل سجل التصحيحات" />}><EntityHistoryPanel kind="place" targetKey={place.key} editor={editor !== null} /></Suspense>
    </>
  );
}

async function PlaceActors({ id }: { id: number }) {
  const actors = await fetchPlaceActors(id, EMPTY_FILTERS);
  return (
    <section className="panel" aria-labelledby="pa-title">
      <h2 id="pa-title">من شارك في أحداثه</h2>
      {actors.length === 0 ? <p className="empty-state">لا فاعلين مسجلين في أحداث هذا المكان.</p> : (
        <ol className="ranked">
          {actors.map((a) => (
            <li key={a.id}><Link href={`/actors/${a.id}`}>{a.name}</Link> <span className="muted small">{ACTOR_KIND_LABELS[a.detail ?? ""] ?? ""}</span> <span className="ranked-count">{a.events}</span></li>
          ))}
        </ol>
      )}
    </section>
  );
}

async function PlaceArticles({ id }: { id: number }) {
  const articles = await fetchPlaceArticles(id);
  return (
    <section className="panel" aria-labelledby="pr-title">
      <h2 id="pr-title">مقالات تذكره ({articles.total})</h2>
      {articles.articles.length === 0 ? <p className="empty-state">لا مقالات.</p> : (
        <ul className="plain-list">
          {articles.articles.map((a) => (
            <li key={a.id}><Link href={`/articles/${a.id}`}>{a.title}</Link> <span className="muted small">{formatDate(a.publishedAt)} · {count(a.mentions, "mention")}</span></li>
          ))}
        </ul>
      )}
    </section>
  );
}
