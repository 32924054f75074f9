import Link from "next/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { EventsTable } from "@/components/events/events-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { EventMap } from "@/components/map/event-map";
import { fetchActor, fetchActorOptions, fetchCoActors, fetchStatements } from "@/lib/data/actors";
import { ActorCorrectionForm } from "@/components/review/actor-correction-form";
import { EntityHistoryPanel } from "@/app/_panels/entity-history-panel";
import { currentEditor } from "@/lib/auth/guard";
import { Prefetched } from "@/app/_panels/prefetched";
import { ListSkeleton, MapSkeleton, TableSkeleton, TimelineSkeleton } from "@/components/ui/skeletons";
import { EMPTY_FILTERS } from "@/lib/filters";
import { ACTOR_KIND_LABELS, formatDate } from "@/lib/format";
import { readEnv } from "@/lib/env";
import { readId, readPageParams, type SearchParams } from "@/lib/page-params";
import { count } from "@/config/plurals";

export const dynamic = "force-dynamic";

export default async function ActorPage({ params: p, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const id = await readId(p);
  const actor = await fetchActor(id);
  if (!actor) notFound();
  const editor = await currentEditor();
  const pinned = { actor: id };
  const { filters, table } = await readPageParams(searchParams, pinned);
  // The head needs only the actor; every panel below streams in on its own (see app/page.tsx).
  return (
    <>
      <header className="profile-head">
        <p className="muted">{ACTOR_KIND_LABELS[actor.kind] ?? actor.kind}{actor.origin === "inferred" ? " · عُرف من نمط في النص، ليس من قاعدة المعرفة" : ""}</p>
        <h1>{actor.nameAr}</h1>
        {actor.nameEn ? <p dir="ltr" className="muted name-en">{actor.nameEn}</p> : null}
        {actor.description ? <p>{actor.description}</p> : null}
        <dl className="facts">
          {actor.aliases.length ? (
            <>
              <dt>أسماء أخرى</dt>
              <dd>
                {actor.aliases.slice(0, 8).join("، ")}
                {actor.aliases.length > 8 ? (
                  <details className="aliases"><summary>و{actor.aliases.length - 8} أخرى</summary>{actor.aliases.slice(8).join("، ")}</details>
                ) : null}
              </dd>
            </>
          ) : null}
          {actor.affiliation ? (<><dt>يتبع</dt><dd><Link href={`/actors/${actor.affiliation.id}`}>{actor.affiliation.nameAr}</Link></dd></>) : null}
          {actor.members.length ? (<><dt>يتبعه</dt><dd>{actor.members.map((m, i) => <span key={m.id}>{i ? "، " : ""}<Link href={`/actors/${m.id}`}>{m.nameAr}</Link></span>)}</dd></>) : null}
          {actor.mergedIntoId ? (<><dt>دُمج في</dt><dd><Link href={`/actors/${actor.mergedIntoId}`} data-testid="merged-into">الفاعل الذي يجمع أخباره</Link></dd></>) : null}
          <dt>الحضور</dt><dd>{actor._count.events} مشاركة في أحداث · {count(actor._count.mentions, "mention")} في المقالات</dd>
        </dl>
      </header>
      <FilterBar pinned={pinned} />
      <div className="overview-grid">
        <Suspense fallback={<TimelineSkeleton height={240} />}>
          <Prefetched filters={filters} views={["timeline"]}>
            <TimelineChart pinned={pinned} title={`نشاط ${actor.nameAr} عبر الزمن`} names={{ actor: actor.nameAr }} height={240} />
          </Prefetched>
        </Suspense>
        <Suspense fallback={<MapSkeleton />}>
          <Prefetched filters={filters} views={["map"]}>
            <EventMap pinned={pinned} tileUrl={readEnv().TILE_URL ?? null} names={{ actor: actor.nameAr }} />
          </Prefetched>
        </Suspense>
      </div>
      <div className="two-col">
        <Suspense fallback={<ListSkeleton label="جارٍ تحميل الفاعلين المرافقين" />}><CoActors id={id} /></Suspense>
        <Suspense fallback={<ListSkeleton label="جارٍ تحميل التصريحات" />}><Statements id={id} /></Suspense>
      </div>
      <Suspense fallback={<TableSkeleton />}>
        <Prefetched filters={filters} views={[{ events: table }]}><EventsTable pinned={pinned} /></Prefetched>
      </Suspense>
      {editor ? <ActorCorrectionForm actor={{ id: actor.id, kind: actor.kind, aliases: actor.aliases, affiliationId: actor.affiliation?.id ?? null }} options={await fetchActorOptions()} /> : null}
      <Suspense fallback={<ListSkeleton label="جارٍ تحميل سجل التصحيحات" />}><EntityHistoryPanel kind="actor" targetKey={actor.key} editor={editor !== null} /></Suspense>
    </>
  );
}

async function CoActors({ id }: { id: number }) {
  const coActors = await fetchCoActors(id, EMPTY_FILTERS);
  return (
    <section className="panel" aria-labelledby="co-title">
      <h2 id="co-title">يظهر أكثر مع</h2>
      {coActors.length === 0 ? <p className="empty-state">لا يشارك أحداثاً مع فاعلين آخرين بعد.</p> : (
        <ol className="ranked">
          {coActors.map((c) => (
            <li key={c.id}><Link href={`/actors/${c.id}`}>{c.name}</Link> <span className="muted small">{ACTOR_KIND_LABELS[c.detail ?? ""] ?? ""}</span> <span className="ranked-count" title="أحداث شاركا فيها معاً">{count(c.events, "event")}</span></li>
          ))}
        </ol>
      )}
    </section>
  );
}

async function Statements({ id }: { id: number }) {
  const statements = await fetchStatements(id);
  return (
    <section className="panel" aria-labelledby="st-title">
      <h2 id="st-title">تصريحات منسوبة إليه</h2>
      {statements.length === 0 ? <p className="empty-state">لم تُنسب إليه تصريحات في المقالات.</p> : (
        <ul className="statements">
          {statements.map((s) => (
            <li key={s.id}>
              <blockquote className="evidence">{s.sentence}</blockquote>
              <Link href={`/articles/${s.articleId}#s-${s.start}`}>{s.title}</Link> <span className="muted small">{formatDate(s.publishedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
