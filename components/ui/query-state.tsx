"use client";
// Loading, error and data for one query, the same way everywhere: a skeleton the size of what is
// coming, an error that says what failed with a retry, then the content.
import type { UseQueryResult } from "@tanstack/react-query";

export function QueryState<T>({ query, skeleton, children }: { query: UseQueryResult<T>; skeleton: React.ReactNode; children: (data: T) => React.ReactNode }) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    return (
      <div className="error-state" role="alert">
        <p>تعذّر تحميل البيانات: {query.error.message}</p>
        <button type="button" onClick={() => query.refetch()}>إعادة المحاولة</button>
      </div>
    );
  }
  return <div aria-busy="true">{skeleton}</div>;
}
