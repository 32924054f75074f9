// Placeholders the size of each panel, shown while its data streams in (server fallbacks) or
// loads (client QueryState). Plain markup, so server and client pages share them; each says in
// Arabic what is coming, for screen readers.
export function PanelSkeleton({ label, height, testId }: { label: string; height: number; testId?: string }) {
  return (
    <div className="panel skeleton-panel" aria-busy="true" aria-label={label} data-testid={testId ?? "skeleton"}>
      <div className="skeleton" style={{ height }} />
    </div>
  );
}

export function FiguresSkeleton() {
  return (
    <div className="figures" aria-busy="true" aria-label="جارٍ تحميل الأرقام" data-testid="skeleton">
      {Array.from({ length: 5 }, (_, i) => <div key={i} className="figure skeleton" />)}
    </div>
  );
}

export function RankingsSkeleton() {
  return (
    <div className="two-col" aria-busy="true" aria-label="جارٍ تحميل الترتيب" data-testid="skeleton">
      <div className="panel skeleton" style={{ height: 240 }} />
      <div className="panel skeleton" style={{ height: 240 }} />
    </div>
  );
}

export const MapSkeleton = () => <PanelSkeleton label="جارٍ تحميل الخريطة" height={420} />;
export const TimelineSkeleton = ({ height = 300 }: { height?: number }) => <PanelSkeleton label="جارٍ تحميل الخط الزمني" height={height} />;
export const LatestSkeleton = () => <PanelSkeleton label="جارٍ تحميل أحدث الأحداث" height={200} />;
export const TableSkeleton = () => <PanelSkeleton label="جارٍ تحميل جدول الأحداث" height={360} />;
export const ListSkeleton = ({ label }: { label: string }) => <PanelSkeleton label={label} height={200} />;
export const FilterBarSkeleton = () => <div className="panel skeleton" style={{ height: 120 }} aria-busy="true" aria-label="جارٍ تحميل المرشحات" data-testid="skeleton" />;
