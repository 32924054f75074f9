// Shown while a page's own head is being read (the panels then stream in with their own skeletons).
export default function Loading() {
  return (
    <section className="panel status-page" aria-busy="true" data-testid="page-loading">
      <h1 className="skeleton" style={{ height: 32, width: "40%" }} aria-hidden />
      <p className="muted">جارٍ تحميل الصفحة…</p>
    </section>
  );
}
