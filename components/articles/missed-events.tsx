"use client";
// For editors on an article page: the article's sentences, each with an "add event" button that opens
// the form of an event the extractor missed (type, sub-type, place, date, toll); the sentence becomes
// its evidence. The new event opens on its own page, where it can be corrected like any other.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PlacePicker } from "@/components/review/place-picker";
import { postJson } from "@/components/review/post-json";
import { TypeSelect } from "@/components/review/type-select";
import { EVENT_TYPES, SUB_TYPES_BY_TYPE } from "@/lib/event-types";

export type ArticleSentence = { start: number; end: number; text: string };

const num = (s: string) => (s.trim() === "" ? null : Number(s));

function AddEventForm({ articleId, sentence, defaultDate, onCancel }: { articleId: number; sentence: ArticleSentence; defaultDate: string; onCancel: () => void }) {
  const router = useRouter();
  const [type, setType] = useState(EVENT_TYPES[0].acled);
  const [subType, setSubType] = useState(SUB_TYPES_BY_TYPE[EVENT_TYPES[0].acled]?.[0] ?? "");
  const [place, setPlace] = useState<{ id: number; name: string } | null>(null);
  const [date, setDate] = useState(defaultDate);
  const [fatalities, setFatalities] = useState("");
  const [injured, setInjured] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form className="correction-form" data-testid="add-event-form" onSubmit={async (e) => {
      e.preventDefault();
      try {
        const body = { start: sentence.start, end: sentence.end, type, subType, placeId: place?.id ?? null, date: date || null, datePrecision: 1, fatalities: num(fatalities), injured: num(injured) };
        const { eventId } = (await postJson(`/api/articles/${articleId}/events`, body)) as { eventId: number };
        router.push(`/events/${eventId}`);
      } catch (err) {
        setError((err as Error).message);
      }
    }}>
      <TypeSelect type={type} subType={subType} onChange={(t, st) => { setType(t); setSubType(st); }} />
      <PlacePicker label={`المكان: ${place ? place.name : "غير معروف"}`} onPick={setPlace} />
      <label>التاريخ <input type="date" name="date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
      <label>القتلى <input type="number" min={0} name="fatalities" value={fatalities} onChange={(e) => setFatalities(e.target.value)} /></label>
      <label>الجرحى <input type="number" min={0} name="injured" value={injured} onChange={(e) => setInjured(e.target.value)} /></label>
      <div className="actions">
        <button type="submit" data-testid="save-missed-event">حفظ الحدث</button>
        <button type="button" onClick={onCancel}>إلغاء</button>
      </div>
      {error ? <p role="alert" className="error-state">{error}</p> : null}
    </form>
  );
}

export function MissedEvents({ articleId, sentences, defaultDate }: { articleId: number; sentences: ArticleSentence[]; defaultDate: string }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section className="panel" aria-labelledby="missed-events-title" data-testid="missed-events">
      <h2 id="missed-events-title">إضافة حدث فات المستخرج</h2>
      <p className="muted small">اختر الجملة التي تروي الحدث: تصير دليله.</p>
      <ol className="plain-list sentences">
        {sentences.map((s) => (
          <li key={s.start}>
            <span>{s.text}</span>{" "}
            <button type="button" className="link-button" aria-expanded={open === s.start} onClick={() => setOpen(open === s.start ? null : s.start)}>أضف حدثاً من هذه الجملة</button>
            {open === s.start ? <AddEventForm articleId={articleId} sentence={s} defaultDate={defaultDate} onCancel={() => setOpen(null)} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
