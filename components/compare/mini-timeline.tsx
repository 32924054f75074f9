// A small server-drawn bar chart of events per bucket, for side-by-side comparison: both sides get
// the same buckets and the same vertical scale, so bars of equal height mean equal counts.
import type { TimelineBucket } from "@/lib/api-types";

const W = 520;
const H = 140;

export function MiniTimeline({ buckets, max, label }: { buckets: TimelineBucket[]; max: number; label: string }) {
  if (buckets.every((b) => b.total === 0)) return <p className="empty-state">لا أحداث مؤرخة في هذه الفترة.</p>;
  const w = W / buckets.length;
  return (
    <figure className="mini-timeline" dir="ltr">
      <svg viewBox={`0 0 ${W} ${H + 18}`} width="100%" role="img" aria-label={label}>
        <line x1={0} x2={W} y1={H} y2={H} stroke="#9aa3ab" />
        {buckets.map((b, i) => {
          const h = max ? (b.total / max) * (H - 4) : 0;
          return <rect key={b.start} x={i * w + 0.5} y={H - h} width={Math.max(0.5, w - 1)} height={h} fill="#0b5d7a"><title>{`${b.start}: ${b.total}`}</title></rect>;
        })}
        <text x={0} y={H + 14} fontSize={11} fill="#4a5560">{buckets[0].start.slice(0, 7)}</text>
        <text x={W} y={H + 14} fontSize={11} fill="#4a5560" textAnchor="end">{buckets[buckets.length - 1].start.slice(0, 7)}</text>
        <text x={2} y={11} fontSize={11} fill="#4a5560">{max}</text>
      </svg>
    </figure>
  );
}
